#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

// Reads an .xlsx file back with an independent reader (Python's openpyxl) and returns what it found:
// {"sheets": [names], "title", "description", "freeze", "filter", "bold": [header cells' bold],
//  "widths": {"A": width, ...}, "rows": [[[data_type, value, number_format], ...], ...]}.
// Date-time cells come back as seconds since 1970-01-01 UTC (data_type "d"); formulas as data_type "f".
inline QJsonObject readXlsx(const QString &path)
{
    // The system's Python first: python3-openpyxl installs for it, and a Python earlier in PATH (a virtual
    // environment, pyenv) may not have openpyxl.
    QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        qFatal("python3 with openpyxl is needed to read .xlsx files back (the test command installs it)");
    const QString script =
        QStringLiteral("import calendar, datetime, json, sys\n"
                       "import openpyxl\n"
                       "wb = openpyxl.load_workbook(sys.argv[1])\n"
                       "ws = wb.worksheets[0]\n"
                       "out = {'sheets': wb.sheetnames, 'title': wb.properties.title,\n"
                       "       'description': wb.properties.description, 'freeze': ws.freeze_panes,\n"
                       "       'filter': ws.auto_filter.ref, 'rows': [], 'widths': {}}\n"
                       "for row in ws.iter_rows():\n"
                       "    cells = []\n"
                       "    for c in row:\n"
                       "        v = c.value\n"
                       "        if isinstance(v, datetime.datetime):\n"
                       "            v = calendar.timegm(v.timetuple()) + v.microsecond / 1e6\n"
                       "        cells.append([c.data_type, v, c.number_format])\n"
                       "    out['rows'].append(cells)\n"
                       "out['bold'] = [bool(c.font.b) for c in ws[1]] if ws.max_row >= 1 else []\n"
                       "for key, dim in ws.column_dimensions.items():\n"
                       "    out['widths'][key] = dim.width\n"
                       "json.dump(out, sys.stdout)\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        qFatal("openpyxl could not read %s: %s", qPrintable(path),
               process.readAllStandardError().constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// One cell of readXlsx()'s rows: [data_type, value, number_format].
inline QJsonArray xlsxCell(const QJsonObject &book, int row, int column)
{
    return book.value(QStringLiteral("rows")).toArray().at(row).toArray().at(column).toArray();
}
