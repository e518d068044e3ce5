#include "ImportDialog.h"

#include "CredentialChoicesWidget.h"
#include "data/HumanFormat.h"
#include "interop/FormatDetector.h"
#include "presets/PresetStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(const ImportPlan& plan, const TokenVault& vault, const ProviderCatalog& catalog,
                           const PresetStore& store, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_requests(new QTreeWidget(this))
    , m_credentials(new CredentialChoicesWidget(vault, catalog, this))
    , m_collection(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    resize(760, 620);
    const ImportResult& result = plan.result;
    const bool har = result.format == ImportFormat::Har;

    QString kind = FormatDetector::describe(result.format);
    if (!kind.isEmpty()) {
        kind[0] = kind.at(0).toUpper();
    }
    auto* title = new QLabel(result.name.isEmpty() ? kind : tr("%1: %2").arg(kind, result.name), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    title->setWordWrap(true);

    auto* explain = new QLabel(har ? tr("Tick the requests you want to keep. Nothing is saved until you press Import.")
                                   : tr("Each ticked request becomes a preset. Nothing is saved until you press "
                                        "Import."),
                               this);
    explain->setWordWrap(true);

    m_requests->setObjectName(QStringLiteral("importRequests"));
    m_requests->setRootIsDecorated(false);
    m_requests->setAccessibleName(tr("Requests to import"));
    if (har) {
        m_requests->setHeaderLabels({tr("Method"), tr("Address"), tr("Status"), tr("Type"), tr("Size")});
    } else {
        m_requests->setHeaderLabels({tr("Method"), tr("Name"), tr("Address")});
    }
    for (qsizetype i = 0; i < result.requests.size(); ++i) {
        const ImportedRequest& request = result.requests.at(i);
        auto* item = new QTreeWidgetItem(m_requests);
        item->setData(0, Qt::UserRole, int(i));
        item->setText(0, request.spec.method);
        if (har && i < result.entries.size()) {
            const HarEntry& entry = result.entries.at(i);
            item->setText(1, entry.url);
            item->setText(2, entry.status > 0 ? QString::number(entry.status) : tr("no answer"));
            item->setText(3, entry.mimeType);
            item->setText(4, entry.size >= 0 ? HumanFormat::bytes(entry.size) : QString());
            // A browser session is mostly pages, scripts and pictures: tick the API calls only.
            const bool api = entry.mimeType.contains(QStringLiteral("json"))
                || (!request.spec.method.isEmpty() && request.spec.method != QStringLiteral("GET"));
            item->setCheckState(0, api ? Qt::Checked : Qt::Unchecked);
        } else {
            const QString folder = request.folderPath.join(QStringLiteral(" / "));
            item->setText(1, folder.isEmpty() ? request.name : tr("%1 / %2").arg(folder, request.name));
            item->setText(2, request.spec.url);
            item->setCheckState(0, Qt::Checked);
        }
        QStringList tip = request.notes;
        if (!request.ignored.isEmpty()) {
            tip.append(tr("Ignored: %1").arg(request.ignored.join(QStringLiteral(", "))));
        }
        item->setToolTip(1, tip.join(QLatin1Char('\n')));
    }
    m_requests->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requests->header()->setStretchLastSection(true);
    connect(m_requests, &QTreeWidget::itemChanged, this, &ImportDialog::updateButtons);

    m_credentials->setObjectName(QStringLiteral("importCredentials"));
    m_credentials->setPlan(plan);
    auto* credentialsBox = new QGroupBox(tr("Credentials found"), this);
    auto* credentialsLayout = new QVBoxLayout(credentialsBox);
    auto* credentialsNote = new QLabel(tr("Secrets go only to the system keychain; the presets refer to the token by "
                                          "name and never hold the secret."),
                                       credentialsBox);
    credentialsNote->setWordWrap(true);
    credentialsLayout->addWidget(credentialsNote);
    credentialsLayout->addWidget(m_credentials);
    credentialsBox->setVisible(!m_credentials->isEmpty());
    connect(m_credentials, &CredentialChoicesWidget::changed, this, &ImportDialog::updateButtons);

    QStringList ignored;
    QStringList notes = result.notes;
    for (const ImportedRequest& request : result.requests) {
        for (const QString& option : request.ignored) {
            if (!ignored.contains(option)) {
                ignored.append(option);
            }
        }
        for (const QString& note : request.notes) {
            if (!notes.contains(note)) {
                notes.append(note);
            }
        }
    }
    QString noteText;
    if (!ignored.isEmpty()) {
        noteText = tr("Ignored options (they change only how curl itself runs): %1")
                       .arg(ignored.join(QStringLiteral(", ")))
                       .toHtmlEscaped();
    }
    for (const QString& note : std::as_const(notes)) {
        noteText += (noteText.isEmpty() ? QString() : QStringLiteral("<br>")) + note.toHtmlEscaped();
    }
    auto* notesLabel = new QLabel(noteText, this);
    notesLabel->setObjectName(QStringLiteral("importNotes"));
    notesLabel->setWordWrap(true);
    notesLabel->setVisible(!noteText.isEmpty());

    m_collection->setObjectName(QStringLiteral("importCollection"));
    m_collection->setEditable(true);
    m_collection->setAccessibleName(tr("Collection"));
    for (const Collection& collection : store.collections()) {
        m_collection->addItem(collection.name);
    }
    m_collection->setCurrentText(plan.collectionName);
    connect(m_collection, &QComboBox::currentTextChanged, this, &ImportDialog::updateButtons);
    auto* where = new QFormLayout;
    where->addRow(tr("Put the presets in the collection:"), m_collection);

    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    QPushButton* import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(credentialsBox);
    contentLayout->addWidget(notesLabel);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explain);
    layout->addWidget(m_requests, 3);
    layout->addWidget(scroll, 2);
    layout->addLayout(where);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateButtons();
}

ImportPlan ImportDialog::plan() const
{
    ImportPlan chosen = m_plan;
    QList<int> ticked;
    for (int i = 0; i < m_requests->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_requests->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked) {
            ticked.append(item->data(0, Qt::UserRole).toInt());
        }
    }
    chosen.result = m_plan.result.selected(ticked);
    // Choices only for the credentials still used.
    QList<CredentialChoice> choices;
    for (const DetectedCredential& credential : std::as_const(chosen.result.credentials)) {
        if (const CredentialChoice* choice = m_plan.choice(credential.reference)) {
            choices.append(*choice);
        }
    }
    chosen.choices = choices;
    m_credentials->applyTo(chosen);
    chosen.collectionName = m_collection->currentText().trimmed();
    return chosen;
}

void ImportDialog::updateButtons()
{
    const ImportPlan chosen = plan();
    QStringList problems = chosen.problems(m_vault, m_catalog);
    if (chosen.result.requests.isEmpty() && chosen.result.credentials.isEmpty()) {
        problems.prepend(tr("Tick at least one request."));
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(problems.isEmpty());
        }
    }
}
