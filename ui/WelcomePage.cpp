#include "WelcomePage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QAction* addAction, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_add(new QPushButton(tr("Add a token"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setFixedWidth(520);
    m_text->setTextFormat(Qt::RichText);
    m_add->setObjectName(QStringLiteral("welcomeAddToken"));
    m_add->setMinimumHeight(m_add->sizeHint().height() * 3 / 2);
    connect(m_add, &QPushButton::clicked, addAction, &QAction::trigger);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(m_text);
    centred->addStretch(1);
    layout->addLayout(centred);
    layout->addSpacing(18);
    layout->addWidget(m_add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setTokenCount(0);
}

void WelcomePage::setTokenCount(int count)
{
    // Laying out the rich text is not free: only when the text changes.
    const int shown = count == 0 ? 0 : 1;
    if (shown == m_shown) {
        return;
    }
    m_shown = shown;
    if (count == 0) {
        m_title->setText(tr("Welcome to Latchkey"));
        m_text->setText(tr("<p>Latchkey lets you look at your own data on GitHub, GitLab, Harvest, Typeform, "
                           "Contentful and many other services, with a personal token you create on their website.</p>"
                           "<p>Your tokens stay in your system's keychain. Nothing is sent anywhere else, and "
                           "there is no account to create.</p>"
                           "<p><b>Start by adding a token.</b> Latchkey shows you where to create one.</p>"));
        m_add->setVisible(true);
    } else {
        m_title->setText(tr("Your tokens are ready"));
        m_text->setText(tr("<p>Pick a token on the left to see what Latchkey knows about it.</p>"
                           "<p>Tokens are kept in your system's keychain; Latchkey only ever sends each one to the "
                           "service it belongs to.</p>"));
        m_add->setVisible(false);
    }
    // Word-wrapped rich text: reserve the height the text needs at its width.
    m_text->setMinimumHeight(m_text->heightForWidth(m_text->width()));
}
