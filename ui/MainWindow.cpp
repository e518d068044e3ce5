#include "MainWindow.h"

#include "vault/TokenVault.h"

MainWindow::MainWindow(TokenVault& vault, QWidget* parent)
    : QMainWindow(parent)
    , m_vault(vault)
{
}

MainWindow::~MainWindow() = default;

void MainWindow::showProblem(const QString&) { }
void MainWindow::checkKeychain() { }
