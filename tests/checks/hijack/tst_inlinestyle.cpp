// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/hijack/InlineStyle.h"

#include <QTest>

using namespace xj;

namespace {

/// Flag names, so a failing row says which flags differ rather than two numbers.
QString names(Concealments flags)
{
    static const QList<std::pair<Concealment, const char *>> all{
        {Concealment::DisplayNone, "DisplayNone"},
        {Concealment::VisibilityHidden, "VisibilityHidden"},
        {Concealment::ZeroSize, "ZeroSize"},
        {Concealment::OffScreen, "OffScreen"},
        {Concealment::FontSizeZero, "FontSizeZero"},
        {Concealment::SameColour, "SameColour"},
        {Concealment::TinyOverflowBox, "TinyOverflowBox"},
        {Concealment::Transparent, "Transparent"},
    };
    QStringList out;
    for (const auto &[flag, name] : all) {
        if (flags & flag)
            out << QLatin1String(name);
    }
    return out.isEmpty() ? QStringLiteral("None") : out.join(u'|');
}

} // namespace

class TestInlineStyle : public QObject
{
    Q_OBJECT

private slots:
    void concealment_data();
    void concealment();
    void fromAttributes_data();
    void fromAttributes();
};

void TestInlineStyle::concealment_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<int>("expected");

    const int none = 0;
    const int displayNone = int(Concealment::DisplayNone);
    const int visibility = int(Concealment::VisibilityHidden);
    const int zero = int(Concealment::ZeroSize);
    const int offScreen = int(Concealment::OffScreen);
    const int fontZero = int(Concealment::FontSizeZero);
    const int sameColour = int(Concealment::SameColour);
    const int tiny = int(Concealment::TinyOverflowBox);
    const int transparent = int(Concealment::Transparent);

    auto row = [](const char *name, const char *style, int expected) {
        QTest::newRow(name) << QString::fromUtf8(style) << expected;
    };
    // Visible styles
    row("empty", "", none);
    row("display block", "display:block", none);
    row("ordinary layout", "margin:0 auto; padding:4px 8px; width:960px; height:auto", none);
    row("small offset", "position:absolute; left:10px; top:-20px", none);
    row("far offset but static", "left:-9999px", none);
    row("dark on white", "color:#000;background:#fff", none);
    row("grey on white", "color:#666666; background-color:white", none);
    row("1px box without overflow", "width:1px;height:1px", none);
    row("3px box with overflow hidden", "height:3px;overflow:hidden", none);
    row("line-height 0 without overflow", "line-height:0", none);
    row("half opacity", "opacity:0.5", none);
    row("scale half", "transform:scale(0.5)", none);
    row("normal font", "font: bold 14px/1.5 sans-serif", none);
    row("clip with area", "position:absolute; clip:rect(0px,100px,50px,0px)", none);
    row("clip-path small inset", "clip-path:inset(10%)", none);
    row("small text-indent", "text-indent:-2em", none);
    row("later display wins", "display:none; display:block", none);
    row("commented out", "/* display:none; */ color:red", none);
    row("visibility visible", "visibility:visible", none);

    // Display and visibility, in every spelling
    row("display none", "display:none", displayNone);
    row("upper case, spaces, important", "  DISPLAY : NONE !IMPORTANT ", displayNone);
    row("no final semicolon", "color:red;display:none", displayNone);
    row("important no space", "display:none!important;", displayNone);
    row("visibility hidden", "visibility:hidden", visibility);
    row("visibility collapse", "visibility: collapse;", visibility);

    // Sizes
    row("width 0", "width:0", zero);
    row("height 0px", "height:0px;", zero);
    row("width 0em", "width:0em", zero);
    row("height 0 percent", "HEIGHT:0%", zero);
    row("1px box overflow hidden", "width:1px;height:1px;overflow:hidden", tiny);
    row("2px high overflow hidden", "height:2px; overflow: hidden", tiny);
    row("max-height 0 overflow hidden", "max-height:0;overflow:hidden", tiny);
    row("line-height 0 overflow hidden", "line-height:0;overflow:hidden", tiny);
    row("clip rect 0 spaces", "position:absolute;clip:rect(0 0 0 0)", zero);
    row("clip rect 0 commas", "position:absolute;clip:rect(0,0,0,0)", zero);
    row("clip rect 1px", "position:absolute;clip:rect(1px, 1px, 1px, 1px)", zero);
    row("clip-path inset 50", "clip-path:inset(50%)", zero);
    row("clip-path circle 0", "clip-path:circle(0)", zero);
    row("scale 0", "transform:scale(0)", zero);
    row("scaleY 0", "transform: translateZ(0) scaleY(0)", zero);

    // Off screen
    row("absolute left", "position:absolute;left:-9999px", offScreen);
    row("fixed top", "position:fixed; top:-1000px", offScreen);
    row("absolute right", "position:absolute; right:-600px", offScreen);
    row("absolute bottom em", "position:absolute;bottom:-100em", offScreen);
    row("boundary -500px", "position:absolute;left:-500px", offScreen);
    row("just inside -499px", "position:absolute;left:-499px", none);
    row("text-indent", "text-indent:-9999px", offScreen);
    row("margin-left", "margin-left:-5000px", offScreen);
    row("translateX", "transform:translateX(-9999px)", offScreen);

    // Text that cannot be read
    row("font-size 0", "font-size:0", fontZero);
    row("font-size 0px", "FONT-SIZE: 0px !important", fontZero);
    row("font shorthand 0/0", "font:0/0 a", fontZero);
    row("opacity 0", "opacity:0", transparent);
    row("opacity 0.0", "opacity: 0.0;", transparent);
    row("colour transparent", "color:transparent", transparent);

    // Same colour
    row("white on white short hex", "color:#fff;background:#fff", sameColour);
    row("white hex on name", "color:#FFFFFF;background-color:white", sameColour);
    row("rgb on hex", "color:rgb(255, 255, 255);background-color:#ffffff", sameColour);
    row("nearly white", "color:#fefefe;background:#fff", sameColour);
    row("space rgb on name", "color:rgb(0 0 0);background:black", sameColour);
    row("colour in background shorthand", "color: red; background: url(x.png) no-repeat red", sameColour);

    // Several at once
    row("display none and off screen", "display:none;left:-9999px;position:absolute",
        displayNone | offScreen);
    row("classic 暗链 box", "position:absolute;top:-999px;width:1px;height:1px;overflow:hidden",
        offScreen | tiny);
}

void TestInlineStyle::concealment()
{
    QFETCH(QString, style);
    QFETCH(int, expected);
    QCOMPARE(names(InlineStyle::concealment(style)), names(Concealments::fromInt(expected)));
}

void TestInlineStyle::fromAttributes_data()
{
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QString>("style");
    QTest::addColumn<int>("expected");

    QTest::newRow("hidden attribute") << true << QString() << int(Concealment::DisplayNone);
    QTest::newRow("neither") << false << QStringLiteral("color:red") << 0;
    QTest::newRow("style only") << false << QStringLiteral("display:none") << int(Concealment::DisplayNone);
    QTest::newRow("hidden plus font 0")
        << true << QStringLiteral("font-size:0") << int(Concealment::DisplayNone | Concealment::FontSizeZero);
    // An inline display overrides the user-agent rule behind the hidden attribute.
    QTest::newRow("hidden but display block") << true << QStringLiteral("display:block") << 0;
}

void TestInlineStyle::fromAttributes()
{
    QFETCH(bool, hidden);
    QFETCH(QString, style);
    QFETCH(int, expected);
    QCOMPARE(names(InlineStyle::fromAttributes(hidden, style)), names(Concealments::fromInt(expected)));
}

QTEST_GUILESS_MAIN(TestInlineStyle)
#include "tst_inlinestyle.moc"
