#pragma once

#include <QMenu>

// The interface languages, each named in its own language: someone who cannot read the current one still
// finds theirs. The choice takes effect at the next start.
class LanguageMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    // chosen: the code of the language in use ("de", ...), empty for the system's.
    LanguageMenu(const QString &chosen, QWidget *parent = nullptr);

signals:
    void languageChosen(const QString &code);
};
