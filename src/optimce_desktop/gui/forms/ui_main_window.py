# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication,
    QMetaObject,
    QSize,
    Qt)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QStatusBar,
    QVBoxLayout,
    QWidget)

from optimce_desktop.gui.meter_table_view import MeterTableView
from optimce_desktop.gui.widgets.short_name_combo import ShortNameCombo

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1440, 860)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionRefreshAll = QAction(MainWindow)
        self.actionRefreshAll.setObjectName(u"actionRefreshAll")
        self.actionFocusSearch = QAction(MainWindow)
        self.actionFocusSearch.setObjectName(u"actionFocusSearch")
        self.actionClearFilters = QAction(MainWindow)
        self.actionClearFilters.setObjectName(u"actionClearFilters")
        self.actionUpdateData = QAction(MainWindow)
        self.actionUpdateData.setObjectName(u"actionUpdateData")
        self.actionPendingChanges = QAction(MainWindow)
        self.actionPendingChanges.setObjectName(u"actionPendingChanges")
        self.actionKeepOfflineData = QAction(MainWindow)
        self.actionKeepOfflineData.setObjectName(u"actionKeepOfflineData")
        self.actionKeepOfflineData.setCheckable(True)
        self.actionKeepOfflineData.setChecked(True)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.actionRefreshMeter = QAction(MainWindow)
        self.actionRefreshMeter.setObjectName(u"actionRefreshMeter")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(8)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(12, 10, 12, 6)
        self.bannerHost = QWidget(self.centralWidget)
        self.bannerHost.setObjectName(u"bannerHost")
        self.bannerLayout = QVBoxLayout(self.bannerHost)
        self.bannerLayout.setSpacing(4)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(0, 0, 0, 0)

        self.centralLayout.addWidget(self.bannerHost)

        self.filterBar = QFrame(self.centralWidget)
        self.filterBar.setObjectName(u"filterBar")
        self.filterLayout = QHBoxLayout(self.filterBar)
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.communityLabel = QLabel(self.filterBar)
        self.communityLabel.setObjectName(u"communityLabel")

        self.filterLayout.addWidget(self.communityLabel)

        self.communityCombo = ShortNameCombo(self.filterBar)
        self.communityCombo.setObjectName(u"communityCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.communityCombo.sizePolicy().hasHeightForWidth())
        self.communityCombo.setSizePolicy(sizePolicy)
        self.communityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.communityCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.communityCombo)

        self.filterSpacer = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.searchLabel = QLabel(self.filterBar)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchFieldCombo = QComboBox(self.filterBar)
        self.searchFieldCombo.setObjectName(u"searchFieldCombo")
        self.searchFieldCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.searchFieldCombo.setMinimumContentsLength(9)

        self.filterLayout.addWidget(self.searchFieldCombo)

        self.searchEdit = QLineEdit(self.filterBar)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy1)
        self.searchEdit.setMinimumSize(QSize(120, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusFilterLabel = QLabel(self.filterBar)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusFilterCombo = QComboBox(self.filterBar)
        self.statusFilterCombo.setObjectName(u"statusFilterCombo")
        self.statusFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusFilterCombo.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.statusFilterCombo)

        self.clearFiltersButton = QPushButton(self.filterBar)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)

        self.refreshListButton = QPushButton(self.filterBar)
        self.refreshListButton.setObjectName(u"refreshListButton")

        self.filterLayout.addWidget(self.refreshListButton)

        self.refreshAllButton = QPushButton(self.filterBar)
        self.refreshAllButton.setObjectName(u"refreshAllButton")

        self.filterLayout.addWidget(self.refreshAllButton)


        self.centralLayout.addWidget(self.filterBar)

        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.mainSplitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setSpacing(4)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.loadProgress = QProgressBar(self.listPanel)
        self.loadProgress.setObjectName(u"loadProgress")
        self.loadProgress.setMaximumSize(QSize(16777215, 6))
        self.loadProgress.setTextVisible(False)

        self.listLayout.addWidget(self.loadProgress)

        self.meterTable = MeterTableView(self.listPanel)
        self.meterTable.setObjectName(u"meterTable")
        self.meterTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meterTable.setTabKeyNavigation(False)
        self.meterTable.setAlternatingRowColors(True)
        self.meterTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meterTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meterTable.setSortingEnabled(True)
        self.meterTable.setWordWrap(False)
        self.meterTable.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.listLayout.addWidget(self.meterTable)

        self.emptyListLabel = QLabel(self.listPanel)
        self.emptyListLabel.setObjectName(u"emptyListLabel")
        self.emptyListLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.listLayout.addWidget(self.emptyListLabel)

        self.mainSplitter.addWidget(self.listPanel)
        self.detailPaneHost = QWidget(self.mainSplitter)
        self.detailPaneHost.setObjectName(u"detailPaneHost")
        self.detailHostLayout = QVBoxLayout(self.detailPaneHost)
        self.detailHostLayout.setObjectName(u"detailHostLayout")
        self.detailHostLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter.addWidget(self.detailPaneHost)

        self.centralLayout.addWidget(self.mainSplitter)

        self.centralLayout.setStretch(2, 1)
        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuMeter = QMenu(self.menuBar)
        self.menuMeter.setObjectName(u"menuMeter")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.communityLabel.setBuddy(self.communityCombo)
        self.searchLabel.setBuddy(self.searchEdit)
        self.statusFilterLabel.setBuddy(self.statusFilterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.communityCombo, self.searchFieldCombo)
        QWidget.setTabOrder(self.searchFieldCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.statusFilterCombo)
        QWidget.setTabOrder(self.statusFilterCombo, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.refreshListButton)
        QWidget.setTabOrder(self.refreshListButton, self.refreshAllButton)
        QWidget.setTabOrder(self.refreshAllButton, self.meterTable)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuMeter.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionKeepOfflineData)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionRefresh)
        self.menuView.addAction(self.actionRefreshAll)
        self.menuView.addAction(self.actionFocusSearch)
        self.menuView.addAction(self.actionClearFilters)
        self.menuMeter.addAction(self.actionUpdateData)
        self.menuMeter.addAction(self.actionRefreshMeter)
        self.menuMeter.addSeparator()
        self.menuMeter.addAction(self.actionPendingChanges)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"OptimCE Desktop", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh the list", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefreshAll.setText(QCoreApplication.translate("MainWindow", u"Refresh &all (list and every detail)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionRefreshAll.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusSearch.setText(QCoreApplication.translate("MainWindow", u"&Search", None))
#if QT_CONFIG(shortcut)
        self.actionFocusSearch.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionClearFilters.setText(QCoreApplication.translate("MainWindow", u"&Clear filters", None))
        self.actionUpdateData.setText(QCoreApplication.translate("MainWindow", u"&Update data\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionUpdateData.setToolTip(QCoreApplication.translate("MainWindow", u"Update the selected meter's data from a date you choose (Ctrl+U)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionUpdateData.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+U", None))
#endif // QT_CONFIG(shortcut)
        self.actionPendingChanges.setText(QCoreApplication.translate("MainWindow", u"&Pending changes\u2026", None))
        self.actionKeepOfflineData.setText(QCoreApplication.translate("MainWindow", u"&Keep offline data when signing out", None))
#if QT_CONFIG(tooltip)
        self.actionKeepOfflineData.setToolTip(QCoreApplication.translate("MainWindow", u"When unchecked, signing out removes the copy of the CRM saved on this computer (unsent drafts stay)", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About OptimCE Desktop\u2026", None))
        self.actionRefreshMeter.setText(QCoreApplication.translate("MainWindow", u"Refresh this &meter", None))
        self.communityLabel.setText(QCoreApplication.translate("MainWindow", u"Community", None))
#if QT_CONFIG(tooltip)
        self.communityCombo.setToolTip(QCoreApplication.translate("MainWindow", u"The community whose meters are shown", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"Search", None))
#if QT_CONFIG(tooltip)
        self.searchFieldCombo.setToolTip(QCoreApplication.translate("MainWindow", u"Which field the search looks in", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"EAN, meter number, address, holder\u2026 (Ctrl+F)", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Status", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("MainWindow", u"Clear filters", None))
        self.refreshListButton.setText(QCoreApplication.translate("MainWindow", u"Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshListButton.setToolTip(QCoreApplication.translate("MainWindow", u"Read the community's meters again from the CRM (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshAllButton.setText(QCoreApplication.translate("MainWindow", u"Refresh all", None))
#if QT_CONFIG(tooltip)
        self.refreshAllButton.setToolTip(QCoreApplication.translate("MainWindow", u"Read every meter of the community and its details from the CRM, and save them on this computer for offline use", None))
#endif // QT_CONFIG(tooltip)
        self.emptyListLabel.setText(QCoreApplication.translate("MainWindow", u"No meter matches these filters.", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuMeter.setTitle(QCoreApplication.translate("MainWindow", u"&Meter", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

