#pragma once

#include <QWidget>

class ProviderCatalog;
class QPushButton;
class QTreeWidget;
class TokenVault;

// The Recipes gallery: for each of the person's tokens, the ready-made
// read-only requests of its service ("My repositories", "My time entries this
// week"). One click (or Enter) runs one.
class RecipesPage : public QWidget
{
    Q_OBJECT
public:
    RecipesPage(const TokenVault& vault, const ProviderCatalog& catalog, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // Rebuilds the list (tokens come and go); keeps `tokenId`'s recipes in view.
    void refresh(const QString& tokenId = {});

signals:
    void runRequested(const QString& tokenId, const QString& recipeId);
    void backRequested();

private:
    void runCurrent();

    const TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    QTreeWidget* m_list;
    QPushButton* m_run;
};
