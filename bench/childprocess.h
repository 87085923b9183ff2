#pragma once

#include <cerrno>
#include <fcntl.h>
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

// Runs a program to its end and measures it: wall time and the child's own peak RSS (wait4's rusage),
// which QProcess cannot report because it reaps its children itself.
struct ChildProcess {
    struct Result {
        bool started = false;
        int exitCode = -1;
        double ms = 0;
        double cpuMs = 0; // user + system time of the child
        long peakRssKb = 0;
        QByteArray standardError;
    };

    // Standard output goes to stdoutPath (/dev/null by default); `environment` entries (NAME=value) are
    // added to this process's environment.
    static Result run(const QString &program, const QStringList &arguments,
                      const QByteArrayList &environment = {},
                      const QString &stdoutPath = QStringLiteral("/dev/null"))
    {
        Result result;
        const QByteArray errorPath = QFile::encodeName(
            QStringLiteral("/tmp/ocnumbers-bench-stderr-%1.txt").arg(QString::number(getpid())));
        std::vector<QByteArray> argumentBytes{QFile::encodeName(program)};
        for (const QString &argument : arguments)
            argumentBytes.push_back(argument.toUtf8());
        std::vector<char *> argv;
        for (QByteArray &bytes : argumentBytes)
            argv.push_back(bytes.data());
        argv.push_back(nullptr);
        QByteArrayList environmentBytes = environment;
        std::vector<char *> envp;
        for (char **entry = environ; *entry; ++entry)
            envp.push_back(*entry);
        for (QByteArray &entry : environmentBytes)
            envp.push_back(entry.data());
        envp.push_back(nullptr);

        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        const QByteArray outPath = QFile::encodeName(stdoutPath);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0600);
        posix_spawn_file_actions_addopen(&actions, 2, errorPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0600);
        QElapsedTimer timer;
        timer.start();
        pid_t pid = 0;
        const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0)
            return result;
        result.started = true;
        int status = 0;
        rusage usage{};
        while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
        }
        result.ms = double(timer.nsecsElapsed()) / 1e6;
        result.peakRssKb = usage.ru_maxrss;
        const auto msOf = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
        result.cpuMs = msOf(usage.ru_utime) + msOf(usage.ru_stime);
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        QFile errors(QFile::decodeName(errorPath));
        if (errors.open(QIODevice::ReadOnly))
            result.standardError = errors.readAll();
        errors.remove();
        return result;
    }
};
