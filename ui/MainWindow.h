#pragma once

#include <QMainWindow>

class TokenVault;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(TokenVault& vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showProblem(const QString& message);
    void checkKeychain();

private:
    TokenVault& m_vault;
};
