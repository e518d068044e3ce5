#include "ImportController.h"

#include "ImportDialog.h"
#include "interop/ImportApplier.h"
#include "interop/ImportLimits.h"
#include "interop/Importer.h"
#include "interop/PresetExport.h"
#include "presets/PresetStore.h"
#include "vault/TokenVault.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>
#include <QSaveFile>
#include <QWidget>

ImportController::ImportController(TokenVault& vault, const ProviderCatalog& catalog, PresetStore& store,
                                   QWidget* window)
    : QObject(window)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_store(store)
    , m_window(window)
    , m_applier(new ImportApplier(vault, store, catalog, this))
{
    connect(m_applier, &ImportApplier::finished, this, [this](const ImportApplier::Report& report) {
        if (!report.ok) {
            emit message(MessageBanner::Kind::Error, tr("Nothing was imported. %1").arg(report.error));
            return;
        }
        QString text = tr("Imported %n preset(s) into \"%1\".", nullptr, int(report.presetNames.size()))
                           .arg(report.collectionName);
        for (const QString& name : report.newTokens) {
            text += QLatin1Char(' ') + tr("The secret is now in the keychain as the token \"%1\".").arg(name);
        }
        for (const QString& note : report.notes) {
            text += QLatin1Char(' ') + note;
        }
        emit message(report.notes.isEmpty() ? MessageBanner::Kind::Success : MessageBanner::Kind::Warning, text);
        emit imported(report.collectionId, report.presetIds);
    });
}

ImportController::~ImportController() = default;

void ImportController::acceptDrops(QWidget* target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool ImportController::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragEnter) {
        auto* drag = static_cast<QDragEnterEvent*>(event);
        const QList<QUrl> urls = drag->mimeData()->urls();
        if (urls.size() == 1 && urls.first().isLocalFile()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (urls.size() == 1 && urls.first().isLocalFile()) {
            drop->acceptProposedAction();
            importFile(urls.first().toLocalFile());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ImportController::chooseFile()
{
    auto* dialog = new QFileDialog(m_window, tr("Import requests"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Everything Latchkey imports (*.json *.har *.txt *.sh *.curl)"),
                            tr("Postman collections and environments (*.json)"), tr("Browser sessions (*.har)"),
                            tr("curl commands (*.txt *.sh *.curl)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ImportController::importFile);
    dialog->open();
}

void ImportController::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit message(MessageBanner::Kind::Error,
                     tr("Cannot read \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    importData(file.read(ImportLimits::maxInputBytes + 1), QFileInfo(path).fileName());
}

void ImportController::importData(const QByteArray& data, const QString& source)
{
    const ImportResult result = Importer::parse(data, &m_catalog);
    if (!result.ok()) {
        emit message(MessageBanner::Kind::Error,
                     tr("Nothing was imported from \"%1\". %2").arg(source, result.error.toString()));
        return;
    }
    if (m_applier->isBusy()) {
        emit message(MessageBanner::Kind::Warning, tr("An import is still being saved; try again in a moment."));
        return;
    }
    if (m_dialog) {
        m_dialog->close();
    }
    m_dialog = new ImportDialog(ImportPlan::propose(result, m_vault, m_catalog), m_vault, m_catalog, m_store, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog) {
            m_applier->apply(m_dialog->plan());
        }
    });
    m_dialog->open();
}

void ImportController::copyAsCurl(const RequestSpec& spec, const QString& name)
{
    Preset preset = Preset::create(name.isEmpty() ? tr("Request") : name, spec);
    const QString text = PresetExport::curl({preset}, m_vault, m_catalog);
    QApplication::clipboard()->setText(text);
    emit message(MessageBanner::Kind::Info,
                 spec.tokenId.isEmpty() ? tr("Copied as a curl command.")
                                        : tr("Copied as a curl command. The token is written as $LATCHKEY_TOKEN: set "
                                             "that variable before running it."));
}

void ImportController::copyPresetAsCurl(const QString& presetId)
{
    if (const auto preset = m_store.preset(presetId)) {
        copyAsCurl(preset->request, preset->name);
    }
}

void ImportController::exportCollection(const QString& collectionId)
{
    QStringList names;
    QStringList ids;
    for (const Collection& collection : m_store.collections()) {
        if (!m_store.presetsIn(collection.id).isEmpty()) {
            names.append(collection.name);
            ids.append(collection.id);
        }
    }
    if (ids.isEmpty()) {
        emit message(MessageBanner::Kind::Info, tr("There are no presets to export yet. Save a request first."));
        return;
    }
    auto chooseFileFor = [this](const QString& id) {
        const auto collection = m_store.collection(id);
        auto* dialog = new QFileDialog(m_window, tr("Export as a Postman collection"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("Postman collections (*.postman_collection.json)"));
        dialog->setDefaultSuffix(QStringLiteral("postman_collection.json"));
        dialog->selectFile((collection ? collection->name : QStringLiteral("latchkey"))
                           + QStringLiteral(".postman_collection.json"));
        connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString& path) { writePostman(id, path); });
        dialog->open();
    };
    if (!collectionId.isEmpty() || ids.size() == 1) {
        chooseFileFor(collectionId.isEmpty() ? ids.first() : collectionId);
        return;
    }
    auto* picker = new QInputDialog(m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Export as a Postman collection"));
    picker->setLabelText(tr("Which collection?"));
    picker->setComboBoxItems(names);
    picker->setComboBoxEditable(false);
    connect(picker, &QInputDialog::textValueSelected, this, [names, ids, chooseFileFor](const QString& name) {
        const qsizetype index = names.indexOf(name);
        if (index >= 0) {
            chooseFileFor(ids.at(index));
        }
    });
    picker->open();
}

void ImportController::writePostman(const QString& collectionId, const QString& path)
{
    const auto collection = m_store.collection(collectionId);
    if (!collection) {
        return;
    }
    const PresetExport::Postman postman
        = PresetExport::postman(collection->name, m_store.presetsIn(collectionId), m_vault, m_catalog);
    QString environmentPath = path;
    if (environmentPath.endsWith(QStringLiteral(".postman_collection.json"))) {
        environmentPath.chop(int(qstrlen(".postman_collection.json")));
    } else {
        const QFileInfo info(path);
        environmentPath = info.dir().filePath(info.completeBaseName());
    }
    environmentPath += QStringLiteral(".postman_environment.json");
    for (const auto& [where, bytes] :
         {std::pair {path, postman.collection}, std::pair {environmentPath, postman.environment}}) {
        QSaveFile file(where);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            emit message(MessageBanner::Kind::Error,
                         tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(where), file.errorString()));
            return;
        }
    }
    emit message(MessageBanner::Kind::Success,
                 tr("Exported \"%1\" for Postman, with its environment file beside it. The token values in the "
                    "environment are empty: whoever runs it fills in their own.")
                     .arg(collection->name));
}
