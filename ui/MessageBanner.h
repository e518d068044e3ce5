#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QHBoxLayout;
class QToolButton;

// A message across the top of a window or panel: what happened and what the
// person can do, with optional action buttons. Colours come from the palette,
// so it fits light and dark themes.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind {
        Info,
        Success,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    // Changes the text, keeping the kind and the actions.
    void setText(const QString& text);
    void addAction(const QString& text, std::function<void()> onClick);
    void clearActions();
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Info;
    bool m_applyingColours = false;
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_actions;
    QToolButton* m_close;
};
