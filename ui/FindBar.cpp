#include "FindBar.h"

#include "BigTextView.h"
#include "data/HumanFormat.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>

namespace {

constexpr qint64 PrefillLimitBytes = 200;

QToolButton* toolButton(const QString& text, const QString& toolTip, const QString& objectName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

FindBar::FindBar(BigTextView* view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previous(
          toolButton(QStringLiteral("\u2191"), tr("Previous match (Shift+F3)"), QStringLiteral("findPrevious"), this))
    , m_next(toolButton(QStringLiteral("\u2193"), tr("Next match (F3)"), QStringLiteral("findNext"), this))
    , m_case(toolButton(QStringLiteral("Aa"), tr("Match case"), QStringLiteral("findCase"), this))
    , m_close(toolButton(QStringLiteral("\u2715"), tr("Close (Escape)"), QStringLiteral("findClose"), this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find"));
    m_field->setAccessibleName(tr("Find"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("0000000 of 0000000")));
    m_case->setCheckable(true);

    auto* label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_field);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_case);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_case, &QToolButton::toggled, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeFind);
    connect(view, &BigTextView::matchesChanged, this, &FindBar::updateStatus);

    // In the view: Ctrl+F opens, F3 / Shift+F3 step through the matches.
    auto* openInView = new QShortcut(QKeySequence::Find, view, this, &FindBar::openFind);
    openInView->setContext(Qt::WidgetWithChildrenShortcut);
    auto* nextInView = new QShortcut(QKeySequence::FindNext, view, this, &FindBar::findNext);
    nextInView->setContext(Qt::WidgetWithChildrenShortcut);
    auto* previousInView = new QShortcut(QKeySequence::FindPrevious, view, this, &FindBar::findPrevious);
    previousInView->setContext(Qt::WidgetWithChildrenShortcut);
    // In the bar.
    auto* openHere = new QShortcut(QKeySequence::Find, this, this, &FindBar::openFind);
    openHere->setContext(Qt::WidgetWithChildrenShortcut);
    auto* nextHere = new QShortcut(QKeySequence::FindNext, this, this, &FindBar::findNext);
    nextHere->setContext(Qt::WidgetWithChildrenShortcut);
    auto* previousHere = new QShortcut(QKeySequence::FindPrevious, this, this, &FindBar::findPrevious);
    previousHere->setContext(Qt::WidgetWithChildrenShortcut);
    // Escape is handled as a key (see eventFilter), not as a shortcut: a window's own Escape
    // shortcut (cancel a request, say) then does not make it ambiguous while the bar has the focus.
    for (QWidget* child : {static_cast<QWidget*>(m_previous), static_cast<QWidget*>(m_next),
                           static_cast<QWidget*>(m_case), static_cast<QWidget*>(m_close)}) {
        child->installEventFilter(this);
    }

    updateStatus();
    hide();
}

QString FindBar::text() const
{
    return m_field->text();
}

bool FindBar::caseSensitive() const
{
    return m_case->isChecked();
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::openFind()
{
    if (!m_view) {
        return;
    }
    const bool wasHidden = isHidden();
    const qint64 length = m_view->selectionEnd() - m_view->selectionStart();
    if (length > 0 && length <= PrefillLimitBytes) {
        const QString selected = m_view->selectedText();
        if (!selected.contains(QLatin1Char('\n')) && selected != m_field->text()) {
            m_field->setText(selected); // searches
        }
    }
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (wasHidden) {
        if (m_view->findText() != m_field->text()) {
            search();
        }
        emit opened();
    }
}

void FindBar::closeFind()
{
    if (isHidden()) {
        return;
    }
    hide();
    if (m_view) {
        m_view->clearFind();
        m_view->setFocus(Qt::OtherFocusReason);
    }
    emit closed();
}

void FindBar::findNext()
{
    if (isHidden()) {
        openFind();
    } else if (m_view) {
        m_view->findNext();
    }
}

void FindBar::findPrevious()
{
    if (isHidden()) {
        openFind();
    } else if (m_view) {
        m_view->findPrevious();
    }
}

void FindBar::search()
{
    if (!m_view) {
        return;
    }
    m_view->find(m_field->text(), m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

void FindBar::updateStatus()
{
    if (!m_view) {
        return;
    }
    const qsizetype count = m_view->matchCount();
    const bool searching = m_view->isSearching();
    QString status;
    if (m_field->text().isEmpty() || m_view->findText().isEmpty()) {
        status.clear();
    } else if (count == 0) {
        status = searching ? tr("Searching…") : tr("No matches");
    } else {
        const QString total
            = m_view->matchesCapped() ? tr("%1+").arg(HumanFormat::count(count)) : HumanFormat::count(count);
        status = m_view->currentMatch() >= 0 ? tr("%1 of %2").arg(HumanFormat::count(m_view->currentMatch() + 1), total)
                                             : total;
        if (searching) {
            status += QChar(0x2026);
        }
    }
    m_status->setText(status);
    const bool noMatch = !searching && count == 0 && !m_field->text().isEmpty();
    QPalette palette = m_field->palette();
    palette.setColor(QPalette::Text, noMatch ? QColor(0xd0, 0x30, 0x30) : this->palette().color(QPalette::Text));
    m_field->setPalette(palette);
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            key->accept(); // delivered as a key press here, not to a shortcut
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            closeFind();
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers().testFlag(Qt::ShiftModifier)) {
                findPrevious();
            } else {
                findNext();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
