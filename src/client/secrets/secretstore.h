#pragma once

#include <functional>
#include <QObject>
#include <QString>

// Where secrets live: the OS keychain in the application, memory in tests. Asynchronous, like keychains.
class SecretStore : public QObject {
    Q_OBJECT

public:
    // error is empty on success; a missing entry reads as an empty secret without error.
    using ReadCallback = std::function<void(const QString &secret, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    using QObject::QObject;

    virtual void read(const QString &key, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QString &secret, DoneCallback callback) = 0;
    virtual void remove(const QString &key, DoneCallback callback) = 0;
};
