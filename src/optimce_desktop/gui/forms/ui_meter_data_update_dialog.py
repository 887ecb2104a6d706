# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meter_data_update_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication,
    QMetaObject,
    QRect,
    QSize,
    Qt)
from PySide6.QtWidgets import (QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget)

from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.field_message import FieldMessage
from optimce_desktop.gui.widgets.member_combo import MemberComboBox
from optimce_desktop.gui.widgets.optional_date_edit import OptionalDateEdit
from optimce_desktop.gui.widgets.optional_number_input import OptionalNumberInput

class Ui_MeterDataUpdateDialog(object):
    def setupUi(self, MeterDataUpdateDialog):
        if not MeterDataUpdateDialog.objectName():
            MeterDataUpdateDialog.setObjectName(u"MeterDataUpdateDialog")
        MeterDataUpdateDialog.resize(820, 720)
        MeterDataUpdateDialog.setMinimumSize(QSize(760, 0))
        MeterDataUpdateDialog.setStyleSheet(u"QDialog#MeterDataUpdateDialog, QWidget#formArea { background: #FFFFFF; }\n"
"QScrollArea#formScrollArea { background: transparent; border: none; }\n"
"QLabel[role=\"headerTitle\"] { font-size: 18px; font-weight: 600; }\n"
"QLabel[role=\"headerSubtitle\"], QLabel[role=\"hint\"] { color: #5C6B5E; }\n"
"QLabel[role=\"sectionTitle\"] { font-size: 14px; font-weight: 600; }\n"
"QLabel[role=\"fieldLabel\"] { color: #5C6B5E; font-size: 8pt; font-weight: 600; }\n"
"QLabel[role=\"readOnlyValue\"] { background: #F0F4F0; border: 1px solid #E2E8E3; border-radius: 6px; padding: 6px 8px; min-height: 20px; }\n"
"QFrame[role=\"separator\"] { color: #E2E8E3; }\n"
"QPlainTextEdit, QComboBox { background: #FFFFFF; color: #181E18; border: 1px solid #7F8F81; border-radius: 6px; padding: 5px 8px; selection-background-color: #C8E6C9; selection-color: #181E18; }\n"
"QComboBox { min-height: 22px; }\n"
"QPlainTextEdit:focus, QComboBox:focus { border: 1px solid #43A047; }\n"
"QPlainTextEdit:disabled, QComboBox:disabled { background: #F8F"
                        "AF8; color: #7D887F; }\n"
"*[validation=\"error\"] { border: 1px solid #D32F2F; }\n"
"*[validation=\"warning\"] { border: 1px solid #F9A825; }\n"
"QRadioButton { background: #FFFFFF; border: 1px solid #7F8F81; border-radius: 6px; padding: 9px 12px; }\n"
"QRadioButton:hover { border-color: #66BB6A; }\n"
"QRadioButton:checked { background: #E8F5E9; border-color: #43A047; font-weight: 600; }\n"
"QRadioButton:focus, QLabel[role=\"readOnlyValue\"]:focus { border: 2px solid #1B5E20; padding: 8px 11px; }\n"
"QLabel[role=\"readOnlyValue\"]:focus { padding: 5px 7px; }\n"
"QRadioButton:disabled { color: #7D887F; }\n"
"QPushButton#cancelButton, QPushButton#validateButton { background: #FFFFFF; color: #181E18; border: 1px solid #7F8F81; border-radius: 6px; padding: 7px 18px; min-width: 72px; }\n"
"QPushButton#cancelButton:hover { background: #F0F4F0; }\n"
"QPushButton#cancelButton:disabled { color: #7D887F; }\n"
"QPushButton#validateButton { background: #2E7D32; color: #FFFFFF; border-color: #2E7D32; font-weight: 600; }\n"
""
                        "QPushButton#validateButton:hover { background: #1B5E20; border-color: #1B5E20; }\n"
"QPushButton#validateButton:disabled { background: #F0F4F0; border-color: #E2E8E3; color: #7D887F; }\n"
"QPushButton#validateButton[busy=\"true\"] { background: #2E7D32; border-color: #2E7D32; color: #FFFFFF; }\n"
"QMessageBox QLabel#qt_msgbox_informativelabel { min-width: 400px; }\n"
"QFrame#messageBanner { border-radius: 6px; }\n"
"QFrame#messageBanner[kind=\"error\"] { background: #FDECEA; border: 1px solid #F5C2C0; }\n"
"QFrame#messageBanner[kind=\"warning\"] { background: #FFF8E1; border: 1px solid #FFE08A; }\n"
"QFrame#messageBanner[kind=\"info\"] { background: #E8F5E9; border: 1px solid #C8E6C9; }\n"
"QFrame#messageBanner QPushButton, QFrame#messageBanner QToolButton { background: transparent; border: none; min-width: 0; padding: 2px 6px; }\n"
"")
        self.dialogLayout = QVBoxLayout(MeterDataUpdateDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.dialogLayout.setContentsMargins(24, 20, 24, 18)
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(2)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerTitle = QLabel(MeterDataUpdateDialog)
        self.headerTitle.setObjectName(u"headerTitle")
        self.headerTitle.setProperty(u"role", u"headerTitle")

        self.headerLayout.addWidget(self.headerTitle)

        self.headerSubtitle = QLabel(MeterDataUpdateDialog)
        self.headerSubtitle.setObjectName(u"headerSubtitle")
        self.headerSubtitle.setText(u"")
        self.headerSubtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headerSubtitle.setProperty(u"role", u"headerSubtitle")

        self.headerLayout.addWidget(self.headerSubtitle)


        self.dialogLayout.addLayout(self.headerLayout)

        self.messageBanner = Banner(MeterDataUpdateDialog)
        self.messageBanner.setObjectName(u"messageBanner")

        self.dialogLayout.addWidget(self.messageBanner)

        self.formScrollArea = QScrollArea(MeterDataUpdateDialog)
        self.formScrollArea.setObjectName(u"formScrollArea")
        self.formScrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.formScrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.formScrollArea.setWidgetResizable(True)
        self.formArea = QWidget()
        self.formArea.setObjectName(u"formArea")
        self.formArea.setGeometry(QRect(0, 0, 772, 600))
        self.formLayout = QVBoxLayout(self.formArea)
        self.formLayout.setSpacing(6)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 10, 0)
        self.descriptionLabel = QLabel(self.formArea)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setProperty(u"role", u"fieldLabel")

        self.formLayout.addWidget(self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.formArea)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 64))
        self.descriptionEdit.setMaximumSize(QSize(16777215, 64))
        self.descriptionEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.descriptionEdit)

        self.descriptionMessage = FieldMessage(self.formArea)
        self.descriptionMessage.setObjectName(u"descriptionMessage")

        self.formLayout.addWidget(self.descriptionMessage)

        self.energySeparator = QFrame(self.formArea)
        self.energySeparator.setObjectName(u"energySeparator")
        self.energySeparator.setMinimumSize(QSize(0, 15))
        self.energySeparator.setFrameShape(QFrame.Shape.HLine)
        self.energySeparator.setFrameShadow(QFrame.Shadow.Plain)
        self.energySeparator.setProperty(u"role", u"separator")

        self.formLayout.addWidget(self.energySeparator)

        self.energyTitle = QLabel(self.formArea)
        self.energyTitle.setObjectName(u"energyTitle")
        self.energyTitle.setProperty(u"role", u"sectionTitle")

        self.formLayout.addWidget(self.energyTitle)

        self.energyGrid = QGridLayout()
        self.energyGrid.setObjectName(u"energyGrid")
        self.energyGrid.setHorizontalSpacing(14)
        self.energyGrid.setVerticalSpacing(4)
        self.samplingPowerLabel = QLabel(self.formArea)
        self.samplingPowerLabel.setObjectName(u"samplingPowerLabel")
        self.samplingPowerLabel.setProperty(u"role", u"fieldLabel")

        self.energyGrid.addWidget(self.samplingPowerLabel, 0, 0, 1, 1)

        self.generatingCapacityLabel = QLabel(self.formArea)
        self.generatingCapacityLabel.setObjectName(u"generatingCapacityLabel")
        self.generatingCapacityLabel.setProperty(u"role", u"fieldLabel")

        self.energyGrid.addWidget(self.generatingCapacityLabel, 0, 1, 1, 1)

        self.amperageLabel = QLabel(self.formArea)
        self.amperageLabel.setObjectName(u"amperageLabel")
        self.amperageLabel.setProperty(u"role", u"fieldLabel")

        self.energyGrid.addWidget(self.amperageLabel, 0, 2, 1, 1)

        self.samplingPowerInput = OptionalNumberInput(self.formArea)
        self.samplingPowerInput.setObjectName(u"samplingPowerInput")
        self.samplingPowerInput.setSuffix(u" kVA")
        self.samplingPowerInput.setDecimals(2)

        self.energyGrid.addWidget(self.samplingPowerInput, 1, 0, 1, 1)

        self.generatingCapacityInput = OptionalNumberInput(self.formArea)
        self.generatingCapacityInput.setObjectName(u"generatingCapacityInput")
        self.generatingCapacityInput.setSuffix(u" kVA")
        self.generatingCapacityInput.setDecimals(2)

        self.energyGrid.addWidget(self.generatingCapacityInput, 1, 1, 1, 1)

        self.amperageInput = OptionalNumberInput(self.formArea)
        self.amperageInput.setObjectName(u"amperageInput")
        self.amperageInput.setSuffix(u" A")
        self.amperageInput.setDecimals(0)

        self.energyGrid.addWidget(self.amperageInput, 1, 2, 1, 1)

        self.samplingPowerMessage = FieldMessage(self.formArea)
        self.samplingPowerMessage.setObjectName(u"samplingPowerMessage")

        self.energyGrid.addWidget(self.samplingPowerMessage, 2, 0, 1, 1)

        self.generatingCapacityMessage = FieldMessage(self.formArea)
        self.generatingCapacityMessage.setObjectName(u"generatingCapacityMessage")

        self.energyGrid.addWidget(self.generatingCapacityMessage, 2, 1, 1, 1)

        self.amperageMessage = FieldMessage(self.formArea)
        self.amperageMessage.setObjectName(u"amperageMessage")

        self.energyGrid.addWidget(self.amperageMessage, 2, 2, 1, 1)

        self.productionChainLabel = QLabel(self.formArea)
        self.productionChainLabel.setObjectName(u"productionChainLabel")
        self.productionChainLabel.setProperty(u"role", u"fieldLabel")

        self.energyGrid.addWidget(self.productionChainLabel, 3, 0, 1, 1)

        self.injectionStatusLabel = QLabel(self.formArea)
        self.injectionStatusLabel.setObjectName(u"injectionStatusLabel")
        self.injectionStatusLabel.setProperty(u"role", u"fieldLabel")

        self.energyGrid.addWidget(self.injectionStatusLabel, 3, 1, 1, 1)

        self.dsoLabel = QLabel(self.formArea)
        self.dsoLabel.setObjectName(u"dsoLabel")
        self.dsoLabel.setProperty(u"role", u"fieldLabel")

        self.energyGrid.addWidget(self.dsoLabel, 3, 2, 1, 1)

        self.productionChainCombo = QComboBox(self.formArea)
        self.productionChainCombo.setObjectName(u"productionChainCombo")

        self.energyGrid.addWidget(self.productionChainCombo, 4, 0, 1, 1)

        self.injectionStatusCombo = QComboBox(self.formArea)
        self.injectionStatusCombo.setObjectName(u"injectionStatusCombo")

        self.energyGrid.addWidget(self.injectionStatusCombo, 4, 1, 1, 1)

        self.dsoCombo = QComboBox(self.formArea)
        self.dsoCombo.setObjectName(u"dsoCombo")
        self.dsoCombo.setEditable(True)
        self.dsoCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.energyGrid.addWidget(self.dsoCombo, 4, 2, 1, 1)

        self.productionChainMessage = FieldMessage(self.formArea)
        self.productionChainMessage.setObjectName(u"productionChainMessage")

        self.energyGrid.addWidget(self.productionChainMessage, 5, 0, 1, 1)

        self.injectionStatusMessage = FieldMessage(self.formArea)
        self.injectionStatusMessage.setObjectName(u"injectionStatusMessage")

        self.energyGrid.addWidget(self.injectionStatusMessage, 5, 1, 1, 1)

        self.dsoMessage = FieldMessage(self.formArea)
        self.dsoMessage.setObjectName(u"dsoMessage")

        self.energyGrid.addWidget(self.dsoMessage, 5, 2, 1, 1)

        self.energyGrid.setColumnStretch(0, 1)
        self.energyGrid.setColumnStretch(1, 1)
        self.energyGrid.setColumnStretch(2, 1)

        self.formLayout.addLayout(self.energyGrid)

        self.financialSeparator = QFrame(self.formArea)
        self.financialSeparator.setObjectName(u"financialSeparator")
        self.financialSeparator.setMinimumSize(QSize(0, 15))
        self.financialSeparator.setFrameShape(QFrame.Shape.HLine)
        self.financialSeparator.setFrameShadow(QFrame.Shadow.Plain)
        self.financialSeparator.setProperty(u"role", u"separator")

        self.formLayout.addWidget(self.financialSeparator)

        self.financialTitle = QLabel(self.formArea)
        self.financialTitle.setObjectName(u"financialTitle")
        self.financialTitle.setProperty(u"role", u"sectionTitle")

        self.formLayout.addWidget(self.financialTitle)

        self.rateLabel = QLabel(self.formArea)
        self.rateLabel.setObjectName(u"rateLabel")
        self.rateLabel.setProperty(u"role", u"fieldLabel")

        self.formLayout.addWidget(self.rateLabel)

        self.rateGroup = QWidget(self.formArea)
        self.rateGroup.setObjectName(u"rateGroup")
        self.rateLayout = QHBoxLayout(self.rateGroup)
        self.rateLayout.setSpacing(14)
        self.rateLayout.setObjectName(u"rateLayout")
        self.rateLayout.setContentsMargins(0, 0, 0, 0)
        self.rateSimpleRadio = QRadioButton(self.rateGroup)
        self.rateButtons = QButtonGroup(MeterDataUpdateDialog)
        self.rateButtons.setObjectName(u"rateButtons")
        self.rateButtons.addButton(self.rateSimpleRadio)
        self.rateSimpleRadio.setObjectName(u"rateSimpleRadio")

        self.rateLayout.addWidget(self.rateSimpleRadio)

        self.rateBiHourlyRadio = QRadioButton(self.rateGroup)
        self.rateButtons.addButton(self.rateBiHourlyRadio)
        self.rateBiHourlyRadio.setObjectName(u"rateBiHourlyRadio")

        self.rateLayout.addWidget(self.rateBiHourlyRadio)

        self.rateNightRadio = QRadioButton(self.rateGroup)
        self.rateButtons.addButton(self.rateNightRadio)
        self.rateNightRadio.setObjectName(u"rateNightRadio")

        self.rateLayout.addWidget(self.rateNightRadio)

        self.rateLayout.setStretch(0, 1)
        self.rateLayout.setStretch(1, 1)
        self.rateLayout.setStretch(2, 1)

        self.formLayout.addWidget(self.rateGroup)

        self.rateMessage = FieldMessage(self.formArea)
        self.rateMessage.setObjectName(u"rateMessage")

        self.formLayout.addWidget(self.rateMessage)

        self.clientTypeLabel = QLabel(self.formArea)
        self.clientTypeLabel.setObjectName(u"clientTypeLabel")
        self.clientTypeLabel.setProperty(u"role", u"fieldLabel")

        self.formLayout.addWidget(self.clientTypeLabel)

        self.clientTypeGroup = QWidget(self.formArea)
        self.clientTypeGroup.setObjectName(u"clientTypeGroup")
        self.clientTypeLayout = QHBoxLayout(self.clientTypeGroup)
        self.clientTypeLayout.setSpacing(14)
        self.clientTypeLayout.setObjectName(u"clientTypeLayout")
        self.clientTypeLayout.setContentsMargins(0, 0, 0, 0)
        self.clientResidentialRadio = QRadioButton(self.clientTypeGroup)
        self.clientTypeButtons = QButtonGroup(MeterDataUpdateDialog)
        self.clientTypeButtons.setObjectName(u"clientTypeButtons")
        self.clientTypeButtons.addButton(self.clientResidentialRadio)
        self.clientResidentialRadio.setObjectName(u"clientResidentialRadio")

        self.clientTypeLayout.addWidget(self.clientResidentialRadio)

        self.clientProfessionalRadio = QRadioButton(self.clientTypeGroup)
        self.clientTypeButtons.addButton(self.clientProfessionalRadio)
        self.clientProfessionalRadio.setObjectName(u"clientProfessionalRadio")

        self.clientTypeLayout.addWidget(self.clientProfessionalRadio)

        self.clientIndustrialRadio = QRadioButton(self.clientTypeGroup)
        self.clientTypeButtons.addButton(self.clientIndustrialRadio)
        self.clientIndustrialRadio.setObjectName(u"clientIndustrialRadio")

        self.clientTypeLayout.addWidget(self.clientIndustrialRadio)

        self.clientTypeLayout.setStretch(0, 1)
        self.clientTypeLayout.setStretch(1, 1)
        self.clientTypeLayout.setStretch(2, 1)

        self.formLayout.addWidget(self.clientTypeGroup)

        self.clientTypeMessage = FieldMessage(self.formArea)
        self.clientTypeMessage.setObjectName(u"clientTypeMessage")

        self.formLayout.addWidget(self.clientTypeMessage)

        self.holderGrid = QGridLayout()
        self.holderGrid.setObjectName(u"holderGrid")
        self.holderGrid.setHorizontalSpacing(14)
        self.holderGrid.setVerticalSpacing(4)
        self.holderLabel = QLabel(self.formArea)
        self.holderLabel.setObjectName(u"holderLabel")
        self.holderLabel.setProperty(u"role", u"fieldLabel")

        self.holderGrid.addWidget(self.holderLabel, 0, 0, 1, 1)

        self.sharingOperationLabel = QLabel(self.formArea)
        self.sharingOperationLabel.setObjectName(u"sharingOperationLabel")
        self.sharingOperationLabel.setProperty(u"role", u"fieldLabel")

        self.holderGrid.addWidget(self.sharingOperationLabel, 0, 1, 1, 1)

        self.statusLabel = QLabel(self.formArea)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"role", u"fieldLabel")

        self.holderGrid.addWidget(self.statusLabel, 0, 2, 1, 1)

        self.holderCombo = MemberComboBox(self.formArea)
        self.holderCombo.setObjectName(u"holderCombo")

        self.holderGrid.addWidget(self.holderCombo, 1, 0, 1, 1)

        self.sharingOperationValue = QLabel(self.formArea)
        self.sharingOperationValue.setObjectName(u"sharingOperationValue")
        self.sharingOperationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sharingOperationValue.setProperty(u"role", u"readOnlyValue")

        self.holderGrid.addWidget(self.sharingOperationValue, 1, 1, 1, 1)

        self.statusCombo = QComboBox(self.formArea)
        self.statusCombo.setObjectName(u"statusCombo")

        self.holderGrid.addWidget(self.statusCombo, 1, 2, 1, 1)

        self.holderMessage = FieldMessage(self.formArea)
        self.holderMessage.setObjectName(u"holderMessage")

        self.holderGrid.addWidget(self.holderMessage, 2, 0, 1, 1)

        self.sharingOperationHint = QLabel(self.formArea)
        self.sharingOperationHint.setObjectName(u"sharingOperationHint")
        self.sharingOperationHint.setProperty(u"role", u"hint")

        self.holderGrid.addWidget(self.sharingOperationHint, 2, 1, 1, 1)

        self.statusMessage = FieldMessage(self.formArea)
        self.statusMessage.setObjectName(u"statusMessage")

        self.holderGrid.addWidget(self.statusMessage, 2, 2, 1, 1)

        self.holderGrid.setColumnStretch(0, 1)
        self.holderGrid.setColumnStretch(1, 1)
        self.holderGrid.setColumnStretch(2, 1)

        self.formLayout.addLayout(self.holderGrid)

        self.effectiveDateSeparator = QFrame(self.formArea)
        self.effectiveDateSeparator.setObjectName(u"effectiveDateSeparator")
        self.effectiveDateSeparator.setMinimumSize(QSize(0, 15))
        self.effectiveDateSeparator.setFrameShape(QFrame.Shape.HLine)
        self.effectiveDateSeparator.setFrameShadow(QFrame.Shadow.Plain)
        self.effectiveDateSeparator.setProperty(u"role", u"separator")

        self.formLayout.addWidget(self.effectiveDateSeparator)

        self.effectiveDateGrid = QGridLayout()
        self.effectiveDateGrid.setObjectName(u"effectiveDateGrid")
        self.effectiveDateGrid.setHorizontalSpacing(14)
        self.effectiveDateGrid.setVerticalSpacing(4)
        self.effectiveDateLabel = QLabel(self.formArea)
        self.effectiveDateLabel.setObjectName(u"effectiveDateLabel")
        self.effectiveDateLabel.setProperty(u"role", u"fieldLabel")

        self.effectiveDateGrid.addWidget(self.effectiveDateLabel, 0, 0, 1, 1)

        self.effectiveDateEdit = OptionalDateEdit(self.formArea)
        self.effectiveDateEdit.setObjectName(u"effectiveDateEdit")

        self.effectiveDateGrid.addWidget(self.effectiveDateEdit, 1, 0, 1, 1)

        self.effectiveDateHint = QLabel(self.formArea)
        self.effectiveDateHint.setObjectName(u"effectiveDateHint")
        self.effectiveDateHint.setWordWrap(True)
        self.effectiveDateHint.setProperty(u"role", u"hint")

        self.effectiveDateGrid.addWidget(self.effectiveDateHint, 1, 1, 1, 1)

        self.effectiveDateMessage = FieldMessage(self.formArea)
        self.effectiveDateMessage.setObjectName(u"effectiveDateMessage")

        self.effectiveDateGrid.addWidget(self.effectiveDateMessage, 2, 0, 1, 2)

        self.effectiveDateGrid.setColumnStretch(0, 1)
        self.effectiveDateGrid.setColumnStretch(1, 2)

        self.formLayout.addLayout(self.effectiveDateGrid)

        self.formBottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formBottomSpacer)

        self.formScrollArea.setWidget(self.formArea)

        self.dialogLayout.addWidget(self.formScrollArea)

        self.footerSeparator = QFrame(MeterDataUpdateDialog)
        self.footerSeparator.setObjectName(u"footerSeparator")
        self.footerSeparator.setMinimumSize(QSize(0, 15))
        self.footerSeparator.setFrameShape(QFrame.Shape.HLine)
        self.footerSeparator.setFrameShadow(QFrame.Shadow.Plain)
        self.footerSeparator.setProperty(u"role", u"separator")

        self.dialogLayout.addWidget(self.footerSeparator)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setSpacing(10)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerHint = QLabel(MeterDataUpdateDialog)
        self.footerHint.setObjectName(u"footerHint")
        self.footerHint.setWordWrap(True)
        self.footerHint.setProperty(u"role", u"hint")

        self.footerLayout.addWidget(self.footerHint)

        self.cancelButton = QPushButton(MeterDataUpdateDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.footerLayout.addWidget(self.cancelButton)

        self.validateButton = QPushButton(MeterDataUpdateDialog)
        self.validateButton.setObjectName(u"validateButton")

        self.footerLayout.addWidget(self.validateButton)

        self.footerLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.samplingPowerLabel.setBuddy(self.samplingPowerInput)
        self.generatingCapacityLabel.setBuddy(self.generatingCapacityInput)
        self.amperageLabel.setBuddy(self.amperageInput)
        self.productionChainLabel.setBuddy(self.productionChainCombo)
        self.injectionStatusLabel.setBuddy(self.injectionStatusCombo)
        self.dsoLabel.setBuddy(self.dsoCombo)
        self.rateLabel.setBuddy(self.rateSimpleRadio)
        self.clientTypeLabel.setBuddy(self.clientResidentialRadio)
        self.holderLabel.setBuddy(self.holderCombo)
        self.sharingOperationLabel.setBuddy(self.sharingOperationValue)
        self.statusLabel.setBuddy(self.statusCombo)
        self.effectiveDateLabel.setBuddy(self.effectiveDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionEdit, self.samplingPowerInput)
        QWidget.setTabOrder(self.samplingPowerInput, self.generatingCapacityInput)
        QWidget.setTabOrder(self.generatingCapacityInput, self.amperageInput)
        QWidget.setTabOrder(self.amperageInput, self.productionChainCombo)
        QWidget.setTabOrder(self.productionChainCombo, self.injectionStatusCombo)
        QWidget.setTabOrder(self.injectionStatusCombo, self.dsoCombo)
        QWidget.setTabOrder(self.dsoCombo, self.rateSimpleRadio)
        QWidget.setTabOrder(self.rateSimpleRadio, self.rateBiHourlyRadio)
        QWidget.setTabOrder(self.rateBiHourlyRadio, self.rateNightRadio)
        QWidget.setTabOrder(self.rateNightRadio, self.clientResidentialRadio)
        QWidget.setTabOrder(self.clientResidentialRadio, self.clientProfessionalRadio)
        QWidget.setTabOrder(self.clientProfessionalRadio, self.clientIndustrialRadio)
        QWidget.setTabOrder(self.clientIndustrialRadio, self.holderCombo)
        QWidget.setTabOrder(self.holderCombo, self.sharingOperationValue)
        QWidget.setTabOrder(self.sharingOperationValue, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.effectiveDateEdit)
        QWidget.setTabOrder(self.effectiveDateEdit, self.validateButton)
        QWidget.setTabOrder(self.validateButton, self.cancelButton)

        self.retranslateUi(MeterDataUpdateDialog)

        self.validateButton.setDefault(True)


        QMetaObject.connectSlotsByName(MeterDataUpdateDialog)
    # setupUi

    def retranslateUi(self, MeterDataUpdateDialog):
        MeterDataUpdateDialog.setWindowTitle(QCoreApplication.translate("MeterDataUpdateDialog", u"Update data", None))
        self.headerTitle.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Update data", None))
        self.descriptionLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("MeterDataUpdateDialog", u"What the meter supplies, e.g. \u201cBakery: ovens and cold room\u201d", None))
        self.energyTitle.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Energy characteristics", None))
        self.samplingPowerLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Withdrawal power (kVA)", None))
        self.generatingCapacityLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Tota&l generating capacity (kVA)", None))
        self.amperageLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Amperage (A)", None))
        self.productionChainLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Generation t&ype", None))
        self.injectionStatusLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Injection status", None))
        self.dsoLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"DS&O *", None))
        self.financialTitle.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Financial characteristics", None))
        self.rateLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Tariff *", None))
        self.rateSimpleRadio.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Single-rate", None))
        self.rateBiHourlyRadio.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Bi-hourly", None))
        self.rateNightRadio.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Exclusive night", None))
        self.clientTypeLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Usage *", None))
        self.clientResidentialRadio.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Residential", None))
        self.clientProfessionalRadio.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Professional", None))
        self.clientIndustrialRadio.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Industrial", None))
        self.holderLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Holder", None))
        self.sharingOperationLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Sharing o&peration", None))
        self.statusLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Status *", None))
#if QT_CONFIG(tooltip)
        self.sharingOperationValue.setToolTip(QCoreApplication.translate("MeterDataUpdateDialog", u"This form keeps the meter in its sharing operation; it does not change it.", None))
#endif // QT_CONFIG(tooltip)
        self.sharingOperationHint.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Kept as is.", None))
        self.effectiveDateLabel.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Effective date *", None))
        self.cancelButton.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"Cancel", None))
        self.validateButton.setText(QCoreApplication.translate("MeterDataUpdateDialog", u"&Validate", None))
    # retranslateUi

