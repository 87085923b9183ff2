#pragma once

#include <QObject>
#include <QString>

// The child of type T named name; a missing one ends the test run (objectNames are the tests' API).
template <typename T>
T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

template <typename T>
T *child(const QObject *parent, const QString &name)
{
    return child<T>(*parent, name);
}
