#include "languagemenu.h"

#include <QActionGroup>

using namespace Qt::StringLiterals;

LanguageMenu::LanguageMenu(const QString &chosen, QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(u"menuLanguage"_s);
    auto *group = new QActionGroup(this);
    const QList<std::pair<QString, QString>> languages = {{QString(), tr("System language")},
                                                          {u"en"_s, u"English"_s},
                                                          {u"de"_s, u"Deutsch"_s},
                                                          {u"fr"_s, u"Français"_s},
                                                          {u"es"_s, u"Español"_s}};
    for (const auto &[code, name] : languages) {
        QAction *action = addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language = code] { emit languageChosen(language); });
    }
}
