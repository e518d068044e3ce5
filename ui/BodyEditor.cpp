#include "BodyEditor.h"

#include "KeyValueTable.h"
#include "data/BodyFormatter.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

constexpr qsizetype liveValidationLimit = 1024 * 1024;

} // namespace

BodyEditor::BodyEditor(QWidget* parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_form(new KeyValueTable(tr("Field"), tr("Value"), this))
    , m_validation(new QLabel(this))
{
    m_type->setObjectName(QStringLiteral("bodyType"));
    m_type->setAccessibleName(tr("Body type"));
    m_type->addItem(tr("No body"), QString());
    m_type->addItem(tr("JSON"), QStringLiteral("json"));
    m_type->addItem(tr("Form"), QStringLiteral("form"));
    m_type->addItem(tr("Raw text"), QStringLiteral("raw"));
    m_text->setObjectName(QStringLiteral("bodyText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("{\"name\": \"value\"}"));
    m_form->setObjectName(QStringLiteral("bodyForm"));
    m_validation->setObjectName(QStringLiteral("bodyValidation"));
    m_validation->setWordWrap(true);

    auto* none = new QLabel(tr("This request sends no body. GET requests usually have none."), this);
    none->setAlignment(Qt::AlignCenter);
    none->setEnabled(false);
    m_pages->addWidget(none);
    m_pages->addWidget(m_text);
    m_pages->addWidget(m_form);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Body:"), this));
    top->addWidget(m_type);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_validation);

    connect(m_type, &QComboBox::currentIndexChanged, this, &BodyEditor::typeChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        emit changed();
    });
    connect(m_form, &KeyValueTable::pairsChanged, this, &BodyEditor::changed);
    typeChanged();
}

QString BodyEditor::bodyType() const
{
    return m_type->currentData().toString();
}

QString BodyEditor::text() const
{
    const QString type = bodyType();
    return type == QStringLiteral("json") || type == QStringLiteral("raw") ? m_text->toPlainText() : QString();
}

QList<QPair<QString, QString>> BodyEditor::formFields() const
{
    return bodyType() == QStringLiteral("form") ? m_form->pairs() : QList<QPair<QString, QString>>();
}

void BodyEditor::setBody(const QString& type, const QString& text, const QList<QPair<QString, QString>>& form)
{
    const int index = m_type->findData(type);
    m_type->setCurrentIndex(index >= 0 ? index : 0);
    m_text->setPlainText(text);
    m_form->setPairs(form);
    typeChanged();
}

QString BodyEditor::validationText() const
{
    return m_validation->isVisible() ? m_validation->text() : QString();
}

void BodyEditor::typeChanged()
{
    const QString type = bodyType();
    m_pages->setCurrentIndex(type.isEmpty() ? 0 : type == QStringLiteral("form") ? 2 : 1);
    validate();
    emit changed();
}

void BodyEditor::validate()
{
    const QString text = m_text->toPlainText();
    if (bodyType() != QStringLiteral("json") || text.trimmed().isEmpty() || text.size() > liveValidationLimit) {
        m_validation->hide();
        return;
    }
    // {{variables}} are filled in when the request is sent; check the rest.
    QString probe = text;
    probe.replace(QRegularExpression(QStringLiteral("\\{\\{[^}]*\\}\\}")), QStringLiteral("0"));
    const BodyFormatter::JsonInfo info = BodyFormatter::inspectJson(probe.toUtf8());
    m_validation->setText(info.valid ? tr("\u2714 Valid JSON") : tr("\u2716 %1").arg(info.error));
    m_validation->setForegroundRole(QPalette::Text);
    QPalette pal = m_validation->palette();
    pal.setColor(QPalette::WindowText, info.valid ? QColor(0x1a, 0x7f, 0x37) : QColor(0xc6, 0x28, 0x28));
    m_validation->setPalette(pal);
    m_validation->show();
}
