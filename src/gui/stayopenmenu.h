#pragma once

#include <QMenu>

// A menu of ticks that stays open while they are ticked (by mouse, Space or Enter), so that several
// choices take one visit; other actions close it as usual.
class StayOpenMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StayOpenMenu)

public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Toggles action when it is a tick; true when it was.
    static bool toggle(QAction *action);
};
