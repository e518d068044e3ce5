#include "RecipesPage.h"

#include "ProviderIcon.h"
#include "presets/Recipe.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int TokenRole = Qt::UserRole + 1;
constexpr int RecipeRole = Qt::UserRole + 2;
} // namespace

RecipesPage::RecipesPage(const TokenVault& vault, const ProviderCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_list(new QTreeWidget(this))
    , m_run(new QPushButton(tr("&Run"), this))
{
    setObjectName(QStringLiteral("recipesPage"));
    auto* title = new QLabel(tr("<h2>Recipes</h2>"), this);
    auto* intro = new QLabel(tr("Ready-made requests that only read your own data. Pick one and press Run: the "
                                "answer opens below the request, where you can change it and save it as your own "
                                "preset with Ctrl+S."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("recipeList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Recipe"), tr("What it shows")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setRootIsDecorated(true);
    m_list->setAccessibleName(tr("Recipes"));
    m_list->setWordWrap(true);

    m_run->setObjectName(QStringLiteral("runRecipeButton"));
    m_run->setDefault(true);
    auto* back = new QPushButton(tr("&Back to the Request"), this);
    back->setObjectName(QStringLiteral("recipesBackButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_run);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, &RecipesPage::runCurrent);
    connect(back, &QPushButton::clicked, this, &RecipesPage::backRequested);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!item->data(0, RecipeRole).toString().isEmpty()) {
            runCurrent();
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_run->setEnabled(item && !item->data(0, RecipeRole).toString().isEmpty());
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &RecipesPage::backRequested);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    refresh();
}

void RecipesPage::refresh(const QString& tokenId)
{
    m_list->clear();
    QTreeWidgetItem* focus = nullptr;
    for (const TokenRecord& token : m_vault.tokens()) {
        const Provider& provider = m_catalog.providerOrCustom(token.providerId);
        const QList<Recipe> recipes = Recipe::forProvider(provider);
        if (recipes.isEmpty()) {
            continue;
        }
        auto* group = new QTreeWidgetItem(m_list);
        group->setText(0,
                       token.account.isEmpty() ? tr("%1 — %2").arg(provider.name, token.name)
                                               : tr("%1 — %2 (%3)").arg(provider.name, token.name, token.account));
        group->setIcon(0, ProviderIcon::forProvider(provider));
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        group->setData(0, TokenRole, token.id);
        for (const Recipe& recipe : recipes) {
            auto* item = new QTreeWidgetItem(group);
            item->setText(0, recipe.name);
            item->setText(1, recipe.description);
            item->setToolTip(1, recipe.method + QLatin1Char(' ') + recipe.path);
            item->setData(0, TokenRole, token.id);
            item->setData(0, RecipeRole, recipe.id);
        }
        group->setExpanded(true);
        if (!focus || token.id == tokenId) {
            focus = group->child(0);
        }
    }
    if (m_list->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_list);
        none->setText(0, tr("Add a token first: its service's recipes appear here."));
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_list->setCurrentItem(focus);
    m_run->setEnabled(focus != nullptr);
}

void RecipesPage::runCurrent()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || item->data(0, RecipeRole).toString().isEmpty()) {
        return;
    }
    emit runRequested(item->data(0, TokenRole).toString(), item->data(0, RecipeRole).toString());
}
