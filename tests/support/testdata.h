#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// A file of tests/data; a missing one ends the test run.
inline QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}
