#include "SavePresetDialog.h"

#include "presets/PresetStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SavePresetDialog::SavePresetDialog(const PresetStore& store, const QString& suggestedName, const QString& collectionId,
                                   QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_collection(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("savePresetDialog"));
    setWindowTitle(tr("Save as Preset"));
    m_name->setObjectName(QStringLiteral("presetName"));
    m_name->setText(store.uniqueName(suggestedName));
    m_name->selectAll();
    m_description->setObjectName(QStringLiteral("presetDescription"));
    m_description->setPlaceholderText(tr("Optional: what it shows, for whom, when to use it."));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_collection->setObjectName(QStringLiteral("presetCollection"));
    m_collection->setEditable(true);
    m_collection->setInsertPolicy(QComboBox::NoInsert);
    for (const Collection& collection : store.collections()) {
        m_collection->addItem(collection.name, collection.id);
    }
    if (m_collection->count() == 0) {
        m_collection->addItem(tr("My presets"));
    }
    const int current = m_collection->findData(collectionId);
    m_collection->setCurrentIndex(current >= 0 ? current : 0);
    m_collection->setToolTip(tr("Pick a collection, or type a new name to create one."));
    m_folder->setObjectName(QStringLiteral("presetFolder"));
    m_folder->setPlaceholderText(tr("Optional, e.g. Reports/Weekly"));
    m_problem->setObjectName(QStringLiteral("presetNameProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Collection:"), m_collection);
    form->addRow(tr("&Folder:"), m_folder);
    auto* note = new QLabel(tr("The preset remembers which token to use, never the token itself."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SavePresetDialog::validate);
    connect(m_collection, &QComboBox::editTextChanged, this, &SavePresetDialog::validate);
    validate();
}

void SavePresetDialog::validate()
{
    QString problem = m_store.validateName(m_name->text());
    if (problem.isEmpty() && collectionName().isEmpty()) {
        problem = tr("Give the collection a name.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

QString SavePresetDialog::name() const
{
    return m_name->text().trimmed();
}

QString SavePresetDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

QString SavePresetDialog::collectionName() const
{
    return m_collection->currentText().trimmed();
}

QString SavePresetDialog::folder() const
{
    QStringList parts = m_folder->text().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString& part : parts) {
        part = part.trimmed();
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('/'));
}
