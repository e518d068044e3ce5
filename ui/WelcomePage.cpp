#include "WelcomePage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QAction* addAction, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_add(new QPushButton(tr("Add a token"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_add->setObjectName(QStringLiteral("welcomeAddToken"));
    m_add->setMinimumHeight(m_add->sizeHint().height() * 3 / 2);
    connect(m_add, &QPushButton::clicked, addAction, &QAction::trigger);

    auto* text = new QVBoxLayout;
    text->setSpacing(10);
    for (int i = 0; i < 3; ++i) {
        auto* paragraph = new QLabel(this);
        paragraph->setWordWrap(true);
        paragraph->setAlignment(Qt::AlignCenter);
        paragraph->setFixedWidth(520);
        paragraph->setTextFormat(Qt::PlainText);
        text->addWidget(paragraph);
        m_paragraphs.append(paragraph);
    }
    QFont bold = m_paragraphs.last()->font();
    bold.setBold(true);
    m_paragraphs.last()->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(text);
    centred->addStretch(1);
    layout->addLayout(centred);
    layout->addSpacing(18);
    layout->addWidget(m_add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setTokenCount(0);
}

void WelcomePage::setTokenCount(int count)
{
    // Only when the text changes.
    const int shown = count == 0 ? 0 : 1;
    if (shown == m_shown) {
        return;
    }
    m_shown = shown;
    QStringList paragraphs;
    if (count == 0) {
        m_title->setText(tr("Welcome to Latchkey"));
        paragraphs = {tr("Latchkey lets you look at your own data on GitHub, GitLab, Harvest, Typeform, Contentful "
                         "and many other services, with a personal token you create on their website."),
                      tr("Your tokens stay in your system's keychain. Nothing is sent anywhere else, and there is "
                         "no account to create."),
                      tr("Start by adding a token. Latchkey shows you where to create one.")};
    } else {
        m_title->setText(tr("Your tokens are ready"));
        paragraphs = {tr("Pick a token on the left to see what Latchkey knows about it."),
                      tr("Tokens are kept in your system's keychain; Latchkey only ever sends each one to the "
                         "service it belongs to.")};
    }
    m_add->setVisible(count == 0);
    for (qsizetype i = 0; i < m_paragraphs.size(); ++i) {
        QLabel* paragraph = m_paragraphs.at(i);
        paragraph->setText(paragraphs.value(i));
        paragraph->setVisible(i < paragraphs.size());
        // Word-wrapped text: reserve the height it needs at its width.
        paragraph->setMinimumHeight(paragraph->heightForWidth(paragraph->width()));
    }
}
