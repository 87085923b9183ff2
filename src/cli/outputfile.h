#pragma once

#include <memory>
#include <QCoreApplication>
#include <QFile>

class WritebackSaveFile;

// Where a command writes: a file that appears only once it is complete (a QSaveFile that syncs as it goes),
// or stdout for "-".
class OutputFile final {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(const QString &path);
    ~OutputFile();

    // Returns an error message, or an empty string.
    QString open();
    QIODevice &device();
    // Makes the file appear; an OutputFile destroyed without commit leaves nothing behind.
    QString commit();
    bool isStdout() const { return m_path == QLatin1String("-"); }

private:
    QString m_path;
    std::unique_ptr<WritebackSaveFile> m_file;
    std::unique_ptr<QFile> m_stdout;
};
