#include "ProviderFieldsForm.h"

#include "providers/Provider.h"
#include "vault/TokenRecord.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ProviderFieldsForm::ProviderFieldsForm(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void ProviderFieldsForm::clear()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_editors.clear();
    m_statusLabels.clear();
}

QLineEdit* ProviderFieldsForm::addLineEdit(const QString& id, const QString& label, const QString& placeholder,
                                           const QString& help)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("field_") + id);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(label);
    edit->setToolTip(help);
    m_form->addRow(label + QLatin1Char(':'), edit);
    if (!help.isEmpty()) {
        auto* note = new QLabel(help, this);
        note->setWordWrap(true);
        note->setEnabled(false);
        note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_form->addRow(QString(), note);
    }
    m_editors.insert(id, edit);
    connect(edit, &QLineEdit::textChanged, this, &ProviderFieldsForm::changed);
    return edit;
}

void ProviderFieldsForm::setProvider(const Provider& provider)
{
    clear();
    m_custom = provider.isCustom();
    m_hasRegions = !provider.regions.isEmpty();

    if (provider.instance) {
        addLineEdit(QStringLiteral("host"),
                    provider.instance->label.isEmpty() ? tr("Address") : provider.instance->label,
                    provider.instance->placeholder,
                    provider.instance->defaultHost.isEmpty()
                        ? tr("The address you open %1 at in your browser.").arg(provider.name)
                        : tr("Leave empty for %1.").arg(provider.instance->defaultHost));
    }
    if (!provider.regions.isEmpty()) {
        auto* regions = new QComboBox(this);
        regions->setObjectName(QStringLiteral("field_region"));
        regions->setAccessibleName(tr("Region"));
        for (const Provider::Region& region : provider.regions) {
            regions->addItem(region.label, region.id);
        }
        m_form->addRow(tr("Data region:"), regions);
        m_editors.insert(QStringLiteral("region"), regions);
        connect(regions, &QComboBox::currentIndexChanged, this, &ProviderFieldsForm::changed);
    }
    for (const Provider::Field& field : provider.fields) {
        if (field.kind == QStringLiteral("choice")) {
            auto* row = new QWidget(this);
            auto* layout = new QHBoxLayout(row);
            layout->setContentsMargins(0, 0, 0, 0);
            auto* combo = new QComboBox(row);
            combo->setObjectName(QStringLiteral("field_") + field.id);
            combo->setAccessibleName(field.label);
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->setMinimumContentsLength(16);
            combo->lineEdit()->setPlaceholderText(tr("Load the list, or type the number"));
            auto* load = new QPushButton(tr("Load list"), row);
            load->setObjectName(QStringLiteral("load_") + field.id);
            load->setToolTip(tr("Asks %1, with your token, which ones you can use.").arg(provider.name));
            layout->addWidget(combo, 1);
            layout->addWidget(load);
            m_form->addRow(field.label + QLatin1Char(':'), row);
            auto* status = new QLabel(field.help, this);
            status->setWordWrap(true);
            status->setEnabled(false);
            m_form->addRow(QString(), status);
            m_statusLabels.insert(field.id, status);
            m_editors.insert(field.id, combo);
            connect(combo, &QComboBox::currentTextChanged, this, &ProviderFieldsForm::changed);
            connect(load, &QPushButton::clicked, this, [this, id = field.id] { emit choicesRequested(id); });
        } else {
            addLineEdit(field.id, field.label, field.placeholder, field.help);
        }
    }
    if (m_custom) {
        addLineEdit(QStringLiteral("baseUrl"), tr("API address"), QStringLiteral("https://api.example.com/v1"),
                    tr("The token is only ever sent to this address's host."));
        auto* scheme = new QComboBox(this);
        scheme->setObjectName(QStringLiteral("field_authScheme"));
        scheme->setAccessibleName(tr("How the token is sent"));
        scheme->addItem(tr("Authorization: Bearer token"), QStringLiteral("bearer"));
        scheme->addItem(tr("In a header of its own"), QStringLiteral("header"));
        scheme->addItem(tr("In the address (query parameter)"), QStringLiteral("query"));
        m_form->addRow(tr("Send the token:"), scheme);
        m_editors.insert(QStringLiteral("authScheme"), scheme);
        auto* name = new QLineEdit(this);
        name->setObjectName(QStringLiteral("field_authName"));
        name->setPlaceholderText(tr("Header or parameter name, e.g. X-API-Key"));
        name->setAccessibleName(tr("Header or parameter name"));
        name->setEnabled(false);
        m_form->addRow(tr("Named:"), name);
        m_editors.insert(QStringLiteral("customAuthName"), name);
        connect(scheme, &QComboBox::currentIndexChanged, this, [this, scheme, name] {
            name->setEnabled(scheme->currentData().toString() != QStringLiteral("bearer"));
            emit changed();
        });
        connect(name, &QLineEdit::textChanged, this, &ProviderFieldsForm::changed);
    }
    if (!m_custom) {
        // Advanced: another address for the same API (a proxy, a test server, an
        // unusual self-hosted path). Hidden until asked for.
        auto* toggle = new QToolButton(this);
        toggle->setObjectName(QStringLiteral("advancedToggle"));
        toggle->setText(tr("Use another API address…"));
        toggle->setCheckable(true);
        toggle->setAutoRaise(true);
        m_form->addRow(QString(), toggle);
        QLineEdit* address = addLineEdit(QStringLiteral("baseUrl"), tr("API address"), provider.baseUrlFor({}), {});
        address->setToolTip(tr("Only if you were told to: the token is then sent to this host only."));
        m_form->setRowVisible(address, false);
        connect(toggle, &QToolButton::toggled, this, [this, address](bool on) {
            m_form->setRowVisible(address, on);
            if (!on) {
                address->clear();
            }
        });
    }
    emit changed();
}

QJsonObject ProviderFieldsForm::fieldValues() const
{
    QJsonObject values;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const QString& id = it.key();
        if (id == QStringLiteral("baseUrl") || id == QStringLiteral("authScheme")
            || id == QStringLiteral("customAuthName")) {
            continue;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(it.value())) {
            values.insert(id, edit->text().trimmed());
        } else if (auto* combo = qobject_cast<QComboBox*>(it.value())) {
            // A chosen item's value (an account id), or what the person typed.
            const int index = combo->findText(combo->currentText());
            const QVariant chosen = index >= 0 ? combo->itemData(index) : QVariant();
            values.insert(id, chosen.isValid() ? chosen.toString() : combo->currentText().trimmed());
        }
    }
    return values;
}

QString ProviderFieldsForm::baseUrl() const
{
    auto* edit = qobject_cast<QLineEdit*>(m_editors.value(QStringLiteral("baseUrl")));
    return edit ? edit->text().trimmed() : QString();
}

QString ProviderFieldsForm::customAuthScheme() const
{
    auto* combo = qobject_cast<QComboBox*>(m_editors.value(QStringLiteral("authScheme")));
    return combo ? combo->currentData().toString() : QString();
}

QString ProviderFieldsForm::customAuthName() const
{
    auto* edit = qobject_cast<QLineEdit*>(m_editors.value(QStringLiteral("customAuthName")));
    return edit ? edit->text().trimmed() : QString();
}

bool ProviderFieldsForm::isEmpty() const
{
    return m_editors.isEmpty();
}

void ProviderFieldsForm::setChoices(const QString& fieldId, const QList<QPair<QString, QString>>& choices)
{
    auto* combo = qobject_cast<QComboBox*>(m_editors.value(fieldId));
    if (!combo) {
        return;
    }
    combo->clear();
    for (const auto& choice : choices) {
        combo->addItem(QStringLiteral("%1 (%2)").arg(choice.first, choice.second), choice.second);
    }
    combo->setCurrentIndex(choices.isEmpty() ? -1 : 0);
}

void ProviderFieldsForm::setChoicesStatus(const QString& fieldId, const QString& status)
{
    if (QLabel* label = m_statusLabels.value(fieldId)) {
        label->setText(status);
    }
}

QWidget* ProviderFieldsForm::editorFor(const QString& fieldId) const
{
    return m_editors.value(fieldId);
}
