#include "CurlPasteHandler.h"

#include "CredentialChoicesWidget.h"
#include "RequestEditor.h"
#include "interop/CurlImporter.h"
#include "interop/ImportPlan.h"
#include "vault/TokenVault.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

CurlPasteHandler::CurlPasteHandler(RequestEditor* editor, TokenVault& vault, const ProviderCatalog& catalog)
    : QObject(editor)
    , m_editor(editor)
    , m_vault(vault)
    , m_catalog(catalog)
{
    QLineEdit* address = editor->addressField();
    // textEdited comes before textChanged, so m_previous still holds the text before the edit.
    connect(address, &QLineEdit::textEdited, this, &CurlPasteHandler::addressEdited);
    connect(address, &QLineEdit::textChanged, this, [this](const QString& text) { m_previous = text; });
}

void CurlPasteHandler::addressEdited(const QString& text)
{
    // Only text that arrived at once (a paste or a drop), not a command being typed letter by letter.
    if (text.size() - m_previous.size() < 2 || !CurlImporter::looksLikeCurl(text.trimmed())) {
        return;
    }
    // After the line edit has finished this edit (it still announces the pasted text as changed).
    QTimer::singleShot(0, this, [this, text] { fill(text); });
}

bool CurlPasteHandler::fill(const QString& text)
{
    if (!CurlImporter::looksLikeCurl(text.trimmed())) {
        return false;
    }
    const ImportResult result = CurlImporter::parse(text, &m_catalog);
    if (!result.ok() || result.requests.isEmpty()) {
        emit filled(tr("This looks like a curl command, but Latchkey cannot read it. %1").arg(result.error.toString()));
        return false;
    }
    const ImportedRequest& request = result.requests.first();
    RequestSpec spec = request.spec;
    ImportPlan plan = ImportPlan::propose(result, m_vault, m_catalog);

    // Without a credential of its own, the request keeps the current token when it may go there.
    spec.tokenId.clear();
    if (request.auth.isEmpty()) {
        const QList<TokenRecord> tokens = ImportPlan::tokensFor(spec.url, {}, m_vault, m_catalog);
        const QString current = m_editor->currentTokenId();
        const bool currentFits = std::any_of(tokens.begin(), tokens.end(),
                                             [&current](const TokenRecord& token) { return token.id == current; });
        spec.tokenId = currentFits ? current : (tokens.isEmpty() ? QString() : tokens.first().id);
    }
    m_editor->setSpec(spec);

    QStringList notes;
    notes.append(tr("Filled in from a curl command."));
    if (!request.ignored.isEmpty()) {
        notes.append(tr("Ignored: %1.").arg(request.ignored.join(QStringLiteral(", "))));
    }
    notes.append(request.notes);
    if (m_editor->methodBox()->currentData().toString() != spec.method.toUpper() && !spec.tokenId.isEmpty()) {
        notes.append(tr("The command uses %1, but this token only reads until you allow changes.").arg(spec.method));
    }
    emit filled(notes.join(QLatin1Char(' ')));

    if (request.auth.isEmpty() || result.credentials.isEmpty()) {
        return true;
    }

    // A credential: ask what to do with it (without blocking the window).
    if (m_dialog) {
        m_dialog->close();
    }
    auto* dialog = new QDialog(m_editor->window());
    m_dialog = dialog;
    dialog->setObjectName(QStringLiteral("curlCredentialDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("A credential in the curl command"));
    auto* layout = new QVBoxLayout(dialog);
    auto* explain = new QLabel(tr("The command carries a credential. Latchkey keeps secrets only in the system "
                                  "keychain, and the request uses the token instead."),
                               dialog);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto* choices = new CredentialChoicesWidget(m_vault, m_catalog, dialog);
    choices->setObjectName(QStringLiteral("curlCredentialChoices"));
    choices->setPlan(plan);
    layout->addWidget(choices);
    auto* problem = new QLabel(dialog);
    problem->setWordWrap(true);
    layout->addWidget(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use it"));
    layout->addWidget(buttons);
    auto check = [this, choices, problem, buttons, plan] {
        ImportPlan chosen = plan;
        choices->applyTo(chosen);
        const QStringList problems = chosen.problems(m_vault, m_catalog);
        problem->setText(problems.join(QLatin1Char('\n')));
        problem->setVisible(!problems.isEmpty());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    };
    check();
    connect(choices, &CredentialChoicesWidget::changed, dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QString reference = request.auth.first().reference;
    connect(dialog, &QDialog::accepted, this, [this, choices, plan, reference]() mutable {
        choices->applyTo(plan);
        const CredentialChoice* choice = plan.choice(reference);
        const DetectedCredential* credential = plan.result.credential(reference);
        if (!choice || !credential) {
            return;
        }
        if (choice->action == CredentialChoice::Action::UseToken) {
            m_editor->setCurrentToken(choice->tokenId);
            return;
        }
        if (choice->action != CredentialChoice::Action::NewToken) {
            return;
        }
        QStringList later;
        const TokenRecord record = plan.newToken(*credential, *choice, m_catalog, &later);
        QPointer<CurlPasteHandler> self = this;
        m_vault.addToken(
            record, QString::fromUtf8(credential->secret), [self, record, later](const TokenVault::Result& added) {
                if (!self) {
                    return;
                }
                if (!added.ok()) {
                    emit self->filled(tr("The token could not be kept: %1").arg(added.message));
                    return;
                }
                self->m_editor->setCurrentToken(added.tokenId);
                QStringList said {tr("The secret is now in the keychain as the token \"%1\".").arg(record.name)};
                said.append(later);
                emit self->filled(said.join(QLatin1Char(' ')));
            });
    });
    dialog->open();
    return true;
}
