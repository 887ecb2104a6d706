# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0d\x5c\
/\
* OptimCE look: \
light theme, bra\
nd green #43A047\
, grey-green sur\
faces. */\x0aQMainW\
indow, QDialog {\
 background: #F8\
FAF8; }\x0aQWidget \
{ color: #181E18\
; font-size: 10p\
t; }\x0aQFrame#filt\
erBar { backgrou\
nd: #F0F4F0; bor\
der: 1px solid #\
E2E8E3; border-r\
adius: 8px; }\x0aQL\
abel#communityLa\
bel, QLabel#sear\
chLabel, QLabel#\
statusFilterLabe\
l {\x0a    color: #\
6E7E70; font-siz\
e: 8pt; font-wei\
ght: 600; text-t\
ransform: upperc\
ase; }\x0aQLineEdit\
, QComboBox, QDa\
teEdit, QDoubleS\
pinBox, QSpinBox\
, QPlainTextEdit\
 {\x0a    backgroun\
d: white; border\
: 1px solid #C8D\
3CA; border-radi\
us: 5px; padding\
: 4px 6px; }\x0aQLi\
neEdit:focus, QC\
omboBox:focus, Q\
DateEdit:focus, \
QDoubleSpinBox:f\
ocus, QSpinBox:f\
ocus, QPlainText\
Edit:focus {\x0a   \
 border: 1px sol\
id #43A047; }\x0aQP\
ushButton { back\
ground: white; b\
order: 1px solid\
 #A5D6A7; border\
-radius: 5px; pa\
dding: 5px 12px;\
\x0a    color: #2E7\
D32; font-weight\
: 600; }\x0aQPushBu\
tton:hover { bac\
kground: #E8F5E9\
; }\x0aQPushButton:\
disabled { color\
: #9AA59C; borde\
r-color: #E2E8E3\
; background: #F\
0F4F0; }\x0aQPushBu\
tton[primary=\x22tr\
ue\x22] { backgroun\
d: #43A047; colo\
r: white; border\
: 1px solid #43A\
047; }\x0aQPushButt\
on[primary=\x22true\
\x22]:hover { backg\
round: #2E7D32; \
}\x0aQPushButton[pr\
imary=\x22true\x22]:di\
sabled { backgro\
und: #C8E6C9; bo\
rder-color: #C8E\
6C9; color: #F8F\
AF8; }\x0aQTableVie\
w { background: \
white; border: 1\
px solid #E2E8E3\
; border-radius:\
 6px; gridline-c\
olor: #F0F4F0;\x0a \
   alternate-bac\
kground-color: #\
FAFCFA; selectio\
n-background-col\
or: #C8E6C9; sel\
ection-color: #1\
81E18; }\x0aQHeader\
View::section { \
background: #F0F\
4F0; border: non\
e; border-bottom\
: 1px solid #E2E\
8E3;\x0a    padding\
: 6px; font-weig\
ht: 600; color: \
#394239; }\x0aQProg\
ressBar#loadProg\
ress { border: n\
one; background:\
 #E2E8E3; border\
-radius: 3px; }\x0a\
QProgressBar#loa\
dProgress::chunk\
 { background: #\
43A047; border-r\
adius: 3px; }\x0aQL\
abel#emptyListLa\
bel, QLabel#deta\
ilPlaceholder, Q\
Label#detailLoad\
ing { color: #6E\
7E70; font-size:\
 11pt; }\x0aQWidget\
#detailBody { ba\
ckground: #F8FAF\
8; }\x0aQWidget#det\
ailHeader { back\
ground: #F0F8F0;\
 border: 1px sol\
id #C8E6C9; bord\
er-radius: 10px;\
 }\x0aQLabel#eanTit\
le { font-size: \
16pt; font-weigh\
t: 700; }\x0aQLabel\
#meterNumberSubt\
itle { color: #6\
E7E70; }\x0aQLabel#\
eanWarning { col\
or: #B45309; fon\
t-size: 13pt; }\x0a\
QToolButton#copy\
EanButton { bord\
er: none; color:\
 #2E7D32; font-s\
ize: 13pt; }\x0aQFr\
ame[card=\x22true\x22]\
 { background: w\
hite; border: 1p\
x solid #E2E8E3;\
 border-left: 3p\
x solid #66BB6A;\
\x0a    border-radi\
us: 8px; }\x0aQFram\
e[card=\x22true\x22] Q\
Label { border: \
none; background\
: transparent; }\
\x0aQLabel[cardTitl\
e=\x22true\x22] { font\
-size: 11pt; fon\
t-weight: 600; }\
\x0aQLabel[cardIcon\
=\x22true\x22] { color\
: #43A047; font-\
size: 12pt; }\x0aQL\
abel[fieldCaptio\
n=\x22true\x22] { colo\
r: #6E7E70; font\
-size: 7.5pt; fo\
nt-weight: 600; \
}\x0aQLabel[fieldVa\
lue=\x22true\x22] { fo\
nt-size: 10.5pt;\
 }\x0aQLabel[fieldV\
alue=\x22true\x22][emp\
ty=\x22true\x22] { col\
or: #9AA59C; }\x0aQ\
TabWidget::pane \
{ border: none; \
}\x0aQTabBar::tab {\
 background: tra\
nsparent; paddin\
g: 8px 14px; col\
or: #6E7E70; bor\
der-bottom: 2px \
solid transparen\
t; }\x0aQTabBar::ta\
b:selected { col\
or: #2E7D32; bor\
der-bottom: 2px \
solid #43A047; f\
ont-weight: 600;\
 }\x0aQFrame#banner\
 { border-radius\
: 6px; }\x0aQFrame#\
banner[kind=\x22err\
or\x22] { backgroun\
d: #FFEBEE; bord\
er: 1px solid #E\
F9A9A; }\x0aQFrame#\
banner[kind=\x22war\
ning\x22] { backgro\
und: #FFF3E0; bo\
rder: 1px solid \
#FFCC80; }\x0aQFram\
e#banner[kind=\x22i\
nfo\x22] { backgrou\
nd: #E8F5E9; bor\
der: 1px solid #\
A5D6A7; }\x0aQStatu\
sBar { backgroun\
d: #F0F4F0; colo\
r: #394239; }\x0aQS\
tatusBar QLabel \
{ padding: 0 8px\
; }\x0aQSplitter::h\
andle { backgrou\
nd: #F8FAF8; wid\
th: 8px; }\x0a\
"

qt_resource_name = b"\
\x00\x07\
\x06{\x03u\
\x00o\
\x00p\x00t\x00i\x00m\x00c\x00e\
\x00\x09\
\x00(\xad#\
\x00s\
\x00t\x00y\x00l\x00e\x00.\x00q\x00s\x00s\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\
\x00\x00\x00\x00\x00\x00\x00\x00\
\x00\x00\x00\x14\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x01\xa2$o\x83\x7f\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
