#include "VariablesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

VariablesDialog::VariablesDialog(const QStringList& names, const Template::Values& known, QWidget* parent)
    : QDialog(parent)
    , m_names(names)
{
    setWindowTitle(tr("Values for this request"));
    setObjectName(QStringLiteral("variablesDialog"));
    auto* intro = new QLabel(tr("This request has blanks to fill in. Type a value for each:"), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    for (const QString& name : names) {
        auto* edit = new QLineEdit(known.value(name), this);
        edit->setObjectName(QStringLiteral("variable_") + name);
        edit->setAccessibleName(name);
        form->addRow(QStringLiteral("{{%1}}:").arg(name), edit);
        m_fields.insert(name, edit);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (!names.isEmpty()) {
        m_fields.value(names.first())->setFocus();
    }
}

Template::Values VariablesDialog::values() const
{
    Template::Values values;
    for (const QString& name : m_names) {
        values.insert(name, m_fields.value(name)->text());
    }
    return values;
}
