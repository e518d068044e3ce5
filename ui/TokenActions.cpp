#include "TokenActions.h"

#include "AddTokenDialog.h"
#include "SecretClipboard.h"
#include "providers/ChoicesFetcher.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QAction>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QWidget>

TokenActions::TokenActions(TokenVault& vault, const ProviderCatalog& catalog, RequestRunner& runner,
                           SecretClipboard& clipboard, QWidget* window)
    : QObject(window)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_clipboard(clipboard)
    , m_window(window)
    , m_tester(new TokenTester(vault, catalog, runner, this))
    , m_choices(new ChoicesFetcher(runner, this))
    , m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Token…"), this))
    , m_test(new QAction(tr("&Test Token"), this))
    , m_copy(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Token"), this))
    , m_rename(new QAction(tr("&Rename…"), this))
    , m_remove(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Re&move…"), this))
{
    m_add->setShortcut(QKeySequence::New);
    m_add->setToolTip(tr("Add a token you created on a service's website (%1)")
                          .arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_test->setToolTip(tr("Ask the service who this token belongs to, what it may do and when it expires"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setToolTip(tr("Copy the token; the clipboard is cleared again after 30 seconds"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("Remove the token and delete it from the keychain"));
    for (QAction* action : {m_test, m_copy}) {
        action->setShortcutContext(Qt::WindowShortcut);
    }
    // F2 and Delete rename and remove a token only where the tokens are (the
    // list the actions are added to): in the presets they mean the preset.
    for (QAction* action : {m_rename, m_remove}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }

    connect(m_add, &QAction::triggered, this, &TokenActions::openAddDialog);
    connect(m_test, &QAction::triggered, this, &TokenActions::testCurrent);
    connect(m_copy, &QAction::triggered, this, &TokenActions::copyCurrent);
    connect(m_rename, &QAction::triggered, this, [this] {
        if (!m_current.isEmpty()) {
            emit renameRequested(m_current);
        }
    });
    connect(m_remove, &QAction::triggered, this, &TokenActions::confirmRemove);
    connect(&m_vault, &TokenVault::tokenRemoved, this, [this](const QString& id) {
        if (id == m_current) {
            setCurrentToken({});
        }
    });
    updateEnabled();
}

void TokenActions::setCurrentToken(const QString& id)
{
    m_current = id;
    updateEnabled();
}

void TokenActions::updateEnabled()
{
    const bool has = !m_current.isEmpty() && m_vault.token(m_current).has_value();
    const bool writable = !m_vault.isReadOnly();
    m_copy->setEnabled(has);
    m_test->setEnabled(has && m_testing.isEmpty());
    m_rename->setEnabled(has && writable);
    m_remove->setEnabled(has && writable);
    m_add->setEnabled(writable);
}

void TokenActions::openAddDialog()
{
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    m_addDialog = new AddTokenDialog(m_vault, m_catalog, m_choices, m_window);
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_addDialog, &QDialog::accepted, this, [this, dialog = m_addDialog] {
        const auto token = m_vault.token(dialog->addedTokenId());
        if (token) {
            emit message(MessageBanner::Kind::Success,
                         tr("Added \"%1\". The token is in your system keychain, not in any file.").arg(token->name));
            emit tokenAdded(token->id);
        }
    });
    emit addDialogOpened(m_addDialog);
    m_addDialog->open();
}

void TokenActions::copyCurrent()
{
    if (m_current.isEmpty()) {
        return;
    }
    m_vault.readSecret(m_current, [this, guard = QPointer<TokenActions>(this)](const TokenVault::Result& result) {
        if (!guard) {
            return;
        }
        if (!result.ok()) {
            emit message(MessageBanner::Kind::Error, result.message);
            return;
        }
        m_clipboard.copySecret(QString::fromUtf8(result.secret));
        emit message(MessageBanner::Kind::Info,
                     tr("Token copied. The clipboard will be cleared in %n second(s).", nullptr,
                        m_clipboard.clearAfter() / 1000));
    });
}

void TokenActions::testCurrent()
{
    if (m_current.isEmpty() || !m_testing.isEmpty()) {
        return;
    }
    m_testing = m_current;
    updateEnabled();
    emit testStarted(m_testing);
    m_tester->test(m_testing, [this, guard = QPointer<TokenActions>(this)](const TokenTester::Facts& facts) {
        if (!guard) {
            return;
        }
        const QString id = m_testing;
        m_testing.clear();
        updateEnabled();
        emit testFinished(id, facts);
    });
}

void TokenActions::confirmRemove()
{
    const auto token = m_vault.token(m_current);
    if (!token || m_confirm) {
        return;
    }
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Remove token"), tr("Remove \"%1\"?").arg(token->name),
                                QMessageBox::NoButton, m_window);
    m_confirm->setObjectName(QStringLiteral("removeConfirmation"));
    m_confirm->setInformativeText(tr("The token is deleted from your system keychain and Latchkey forgets it. The "
                                     "token itself stays valid on the service until you revoke it there."));
    QPushButton* remove = m_confirm->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    QPushButton* keep = m_confirm->addButton(tr("Keep"), QMessageBox::RejectRole);
    m_confirm->setDefaultButton(keep);
    m_confirm->setEscapeButton(keep);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = token->id;
    const QString name = token->name;
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, remove, id, name](QAbstractButton* clicked) {
        if (clicked != remove) {
            return;
        }
        m_vault.removeToken(id, [this, guard = QPointer<TokenActions>(this), name](const TokenVault::Result& result) {
            if (!guard) {
                return;
            }
            if (!result.ok()) {
                emit message(MessageBanner::Kind::Error, result.message);
                return;
            }
            emit message(MessageBanner::Kind::Info, tr("Removed \"%1\" and deleted it from the keychain.").arg(name));
        });
    });
    m_confirm->open();
}
