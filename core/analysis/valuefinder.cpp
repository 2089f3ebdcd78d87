#include "valuefinder.h"

#include "prompt/variables.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pw {

namespace {

using Kind = ValueCandidate::Kind;

// ---------------------------------------------------------------------------
// Word tables. Written as space-separated lists so they read like prose.

QSet<QString> wordSet(QStringView words)
{
    QSet<QString> set;
    for (QStringView word : words.split(u' ', Qt::SkipEmptyParts))
        set.insert(word.toString());
    return set;
}

// "budget=BUDGET refund=REFUND_AMOUNT"
QHash<QString, QString> wordMap(QStringView pairs)
{
    QHash<QString, QString> map;
    for (QStringView pair : pairs.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        map.insert(pair.left(eq).toString(), pair.mid(eq + 1).toString());
    }
    return map;
}

// Words skipped when looking for the noun a value belongs to.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words
        = wordSet(u"the a an this that these those my our your his her its their it them us me "
                  u"is are was were be been being am has have had do does will would should must can "
                  u"also now please just only always never not "
                  u"such like including include includes eg ie etc "
                  u"following given below above here there "
                  u"approximately roughly exactly max maximum minimum least most no "
                  u"more less fewer any each every all some both either one per very up");
    return words;
}

const QSet<QString> &prepositions()
{
    static const QSet<QString> words
        = wordSet(u"in into to from by until till through on at for before after of with since "
                  u"than via under over between within toward towards as cc about around along across");
    return words;
}

// 'a product called "Acme"' -> PRODUCT_NAME
const QHash<QString, QString> &markerSuffixes()
{
    static const QHash<QString, QString> map
        = wordMap(u"called=NAME named=NAME titled=TITLE entitled=TITLE labeled=LABEL labelled=LABEL");
    return map;
}

// 'Translate "hello"' -> TEXT_TO_TRANSLATE
const QHash<QString, QString> &textVerbs()
{
    static const QHash<QString, QString> map
        = wordMap(u"translate=TRANSLATE summarize=SUMMARIZE summarise=SUMMARIZE classify=CLASSIFY rewrite=REWRITE "
                  u"proofread=PROOFREAD paraphrase=PARAPHRASE analyze=ANALYZE analyse=ANALYZE correct=CORRECT explain=EXPLAIN "
                  u"simplify=SIMPLIFY shorten=SHORTEN expand=EXPAND edit=EDIT improve=IMPROVE polish=POLISH fix=FIX");
    return map;
}

// Verbs that say nothing about what a quoted value is: 'reply with "OK"' -> TEXT.
const QSet<QString> &plainVerbs()
{
    static const QSet<QString> words = wordSet(u"say said says write writes use uses reply replies respond responds answer "
                                               u"add insert type print output return returns start starts begin begins end "
                                               u"ends contain contains containing read reads replace search find look enter "
                                               u"mention mentions quote quoted put sign signed greet open close send sent ask "
                                               u"asked tell told see call choose pick select");
    return words;
}

// Nouns whose quoted value is a name or a title of the thing.
const QHash<QString, QString> &nounSuffixes()
{
    static const QHash<QString, QString> map = wordMap(
        u"product=NAME company=NAME brand=NAME customer=NAME client=NAME user=NAME person=NAME author=NAME team=NAME "
        u"project=NAME app=NAME application=NAME store=NAME shop=NAME restaurant=NAME hotel=NAME character=NAME pet=NAME "
        u"school=NAME organization=NAME organisation=NAME business=NAME band=NAME artist=NAME speaker=NAME "
        u"recipient=NAME sender=NAME manager=NAME employee=NAME candidate=NAME agent=NAME player=NAME game=NAME "
        u"course=NAME event=NAME venue=NAME feature=NAME channel=NAME podcast=NAME service=NAME tool=NAME "
        u"book=TITLE movie=TITLE film=TITLE song=TITLE album=TITLE article=TITLE paper=TITLE post=TITLE episode=TITLE "
        u"show=TITLE poem=TITLE essay=TITLE story=TITLE video=TITLE talk=TITLE chapter=TITLE");
    return map;
}

// Nouns that are the kind of a value, so the word before them is the better
// name: "customer name" -> CUSTOMER_NAME, "order number" -> ORDER_NUMBER.
const QHash<QString, QString> &kindNouns()
{
    static const QHash<QString, QString> map
        = wordMap(u"name=NAME title=TITLE label=LABEL number=NUMBER no=NUMBER num=NUMBER nr=NUMBER id=ID code=CODE "
                  u"address=ADDRESS email=EMAIL mail=EMAIL url=URL link=URL date=DATE time=TIME");
    return map;
}

const QSet<QString> &identifierLabels()
{
    static const QSet<QString> words
        = wordSet(u"order ticket invoice account tracking case reference ref booking reservation confirmation customer member "
                  u"membership policy claim shipment package parcel transaction sku serial item product employee student flight "
                  u"room issue pr incident patient application contract loan subscription license licence voucher coupon promo "
                  u"receipt return rma request");
    return words;
}

const QSet<QString> &urlLabels()
{
    static const QSet<QString> words
        = wordSet(u"website site page article docs documentation source repository repo blog post video homepage profile "
                  u"product form api endpoint image file feed store shop portal dashboard");
    return words;
}

const QSet<QString> &emailLabels()
{
    static const QSet<QString> words = wordSet(u"customer client support contact sender recipient user manager billing sales "
                                               u"team admin owner author reviewer assignee reporter personal work");
    return words;
}

const QSet<QString> &dateLabels()
{
    static const QSet<QString> words
        = wordSet(u"meeting start end departure arrival launch release event delivery order birth appointment interview "
                  u"return publication expiry expiration payment shipping renewal session call workshop checkin checkout "
                  u"pickup dropoff kickoff review submission effective travel flight booking due");
    return words;
}

const QSet<QString> &durationLabels()
{
    static const QSet<QString> words
        = wordSet(u"trip stay vacation holiday visit meeting call course program programme plan project sprint trial "
                  u"workout session itinerary journey tour break leave notice warranty subscription delivery shipping "
                  u"rental contract cruise hike retreat internship");
    return words;
}

const QHash<QString, QString> &moneyLabels()
{
    static const QHash<QString, QString> map
        = wordMap(u"budget=BUDGET price=PRICE cost=COST fee=FEE salary=SALARY total=TOTAL balance=BALANCE deposit=DEPOSIT "
                  u"discount=DISCOUNT rent=RENT revenue=REVENUE income=INCOME tip=TIP limit=LIMIT refund=REFUND_AMOUNT "
                  u"payment=PAYMENT_AMOUNT charge=CHARGE_AMOUNT bill=BILL_AMOUNT order=ORDER_AMOUNT credit=CREDIT_AMOUNT "
                  u"donation=DONATION_AMOUNT");
    return map;
}

const QHash<QString, QString> &percentLabels()
{
    static const QHash<QString, QString> map
        = wordMap(u"discount=DISCOUNT off=DISCOUNT rate=RATE growth=GROWTH_RATE increase=INCREASE decrease=DECREASE share=SHARE "
                  u"margin=MARGIN tax=TAX_RATE tip=TIP_PERCENTAGE probability=PROBABILITY confidence=CONFIDENCE "
                  u"threshold=THRESHOLD interest=INTEREST_RATE commission=COMMISSION churn=CHURN_RATE accuracy=ACCURACY "
                  u"conversion=CONVERSION_RATE");
    return map;
}

// Tags that structure a prompt rather than hold a value, and HTML formatting.
const QSet<QString> &structuralTags()
{
    static const QSet<QString> words
        = wordSet(u"instructions instruction rules guidelines task steps format output_format response_format formatting "
                  u"example examples thinking think scratchpad answer reasoning output response role persona "
                  u"constraints requirements style tone system "
                  u"b i u em strong code span a p li ul ol h1 h2 h3 h4 h5 h6 div table tr td th sup sub small mark s "
                  u"del ins pre blockquote");
    return words;
}

// Quoted text after these CJK words names the value: 製品「Acme」 -> PRODUCT_NAME.
const QList<std::pair<QString, QString>> &cjkLabels()
{
    static const QList<std::pair<QString, QString>> labels = [] {
        QList<std::pair<QString, QString>> list;
        const QHash<QString, QString> map = wordMap(
            u"製品=PRODUCT_NAME 商品=PRODUCT_NAME 产品=PRODUCT_NAME 会社=COMPANY_NAME 企業=COMPANY_NAME 公司=COMPANY_NAME "
            u"ブランド=BRAND_NAME 品牌=BRAND_NAME 店舗=STORE_NAME 商店=STORE_NAME 名前=NAME 名称=NAME 名字=NAME "
            u"タイトル=TITLE 題名=TITLE 标题=TITLE 件名=SUBJECT 主题=SUBJECT 文章=TEXT テキスト=TEXT 文本=TEXT 句子=SENTENCE "
            u"質問=QUESTION 问题=QUESTION キーワード=KEYWORD 关键词=KEYWORD 都市=CITY 城市=CITY 言葉=WORD 单词=WORD");
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            list.append({it.key(), it.value()});
        // Longest first, so 商品名 style compounds match their longest known word.
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
        });
        return list;
    }();
    return labels;
}

// Few-shot examples show the model what to do; their text is not a value.
bool isExampleTag(const QString &name)
{
    const QString lower = name.toLower();
    return lower == u"example" || lower == u"examples";
}

// ---------------------------------------------------------------------------
// Units of quantities: "500 words", "3 days", "20%", "40 USD", "500字".

enum class UnitCategory { Count, Duration, Money, Percent, Fixed };

struct Unit
{
    UnitCategory category;
    QString name; // for Count and Fixed
};

const QHash<QString, Unit> &units()
{
    static const QHash<QString, Unit> table = [] {
        QHash<QString, Unit> t;
        const auto add = [&](QStringView forms, UnitCategory category, const QString &name = {}) {
            for (QStringView form : forms.split(u'|', Qt::SkipEmptyParts))
                t.insert(form.toString(), {category, name});
        };
        add(u"word|words", UnitCategory::Count, QStringLiteral("WORD_COUNT"));
        add(u"sentence|sentences", UnitCategory::Count, QStringLiteral("SENTENCE_COUNT"));
        add(u"paragraph|paragraphs", UnitCategory::Count, QStringLiteral("PARAGRAPH_COUNT"));
        add(u"page|pages|ページ|页", UnitCategory::Count, QStringLiteral("PAGE_COUNT"));
        add(u"character|characters|chars|字|文字", UnitCategory::Count, QStringLiteral("CHARACTER_COUNT"));
        add(u"bullet point|bullet points|bullet|bullets", UnitCategory::Count, QStringLiteral("BULLET_POINT_COUNT"));
        add(u"line|lines|行", UnitCategory::Count, QStringLiteral("LINE_COUNT"));
        add(u"item|items", UnitCategory::Count, QStringLiteral("ITEM_COUNT"));
        add(u"example|examples", UnitCategory::Count, QStringLiteral("EXAMPLE_COUNT"));
        add(u"question|questions", UnitCategory::Count, QStringLiteral("QUESTION_COUNT"));
        add(u"idea|ideas", UnitCategory::Count, QStringLiteral("IDEA_COUNT"));
        add(u"option|options", UnitCategory::Count, QStringLiteral("OPTION_COUNT"));
        add(u"step|steps", UnitCategory::Count, QStringLiteral("STEP_COUNT"));
        add(u"tip|tips", UnitCategory::Count, QStringLiteral("TIP_COUNT"));
        add(u"slide|slides", UnitCategory::Count, QStringLiteral("SLIDE_COUNT"));
        add(u"token|tokens", UnitCategory::Count, QStringLiteral("TOKEN_COUNT"));
        add(u"adult|adults", UnitCategory::Count, QStringLiteral("ADULT_COUNT"));
        add(u"child|children|kid|kids", UnitCategory::Count, QStringLiteral("CHILD_COUNT"));
        add(u"guest|guests", UnitCategory::Count, QStringLiteral("GUEST_COUNT"));
        add(u"traveler|travelers|traveller|travellers", UnitCategory::Count, QStringLiteral("TRAVELER_COUNT"));
        add(u"person|people|persons|人|名", UnitCategory::Count, QStringLiteral("PEOPLE_COUNT"));
        add(u"participant|participants|attendee|attendees", UnitCategory::Count, QStringLiteral("PARTICIPANT_COUNT"));
        add(u"serving|servings|portion|portions", UnitCategory::Count, QStringLiteral("SERVING_COUNT"));
        add(u"meal|meals", UnitCategory::Count, QStringLiteral("MEAL_COUNT"));
        add(u"calorie|calories|kcal", UnitCategory::Fixed, QStringLiteral("CALORIES"));
        add(u"year old|years old|year-old|years-old", UnitCategory::Fixed, QStringLiteral("AGE"));
        add(u"second|seconds|sec|secs|minute|minutes|min|mins|hour|hours|hr|hrs|day|days|business days|working days|"
            u"night|nights|week|weeks|month|months|year|years|日間|泊|時間|分間|週間|か月|ヶ月|年間|天|晚|小时|分钟|个月",
            UnitCategory::Duration);
        add(u"kilometer|kilometers|kilometre|kilometres|km|mile|miles|meter|meters|metre|metres|foot|feet|ft",
            UnitCategory::Fixed, QStringLiteral("DISTANCE"));
        add(u"kilogram|kilograms|kg|gram|grams|lb|lbs|ounce|ounces|oz", UnitCategory::Fixed, QStringLiteral("WEIGHT"));
        add(u"°c|°f|degree|degrees", UnitCategory::Fixed, QStringLiteral("TEMPERATURE"));
        add(u"kb|mb|gb|tb", UnitCategory::Fixed, QStringLiteral("SIZE"));
        add(u"%|percent|per cent", UnitCategory::Percent);
        add(u"usd|eur|gbp|chf|jpy|cad|aud|dollar|dollars|euro|euros|yen|円|元|ドル|ユーロ", UnitCategory::Money);
        return t;
    }();
    return table;
}

const QString &numberPattern()
{
    static const QString pattern = QStringLiteral(R"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)");
    return pattern;
}

// "3-5" as well as "3"
QString rangePattern()
{
    return numberPattern() + QStringLiteral(R"((?:\s?[-–]\s?)") + numberPattern() + QStringLiteral(")?");
}

const QRegularExpression &unitQuantityPattern()
{
    static const QRegularExpression pattern = [] {
        QStringList forms = units().keys();
        std::sort(forms.begin(), forms.end(),
            [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
        for (QString &form : forms)
            form = QRegularExpression::escape(form);
        return QRegularExpression(QStringLiteral(R"((?<![\w.,$€£¥])()") + rangePattern()
                + QStringLiteral(R"()(?:[ \t\x{00A0}]|-)?()") + forms.join(QLatin1Char('|')) + QStringLiteral(")(?![A-Za-z])"),
            QRegularExpression::CaseInsensitiveOption);
    }();
    return pattern;
}

const QRegularExpression &moneyPrefixPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![\w$€£¥])(?:(?:US|CA|AU)?[$€£¥]\s?|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\s))") + rangePattern()
        + QStringLiteral(R"((?:\s?(?:k|K|m|M|bn|million|billion|thousand)(?![A-Za-z]))?(?!\w))"));
    return pattern;
}

const QString &monthPattern()
{
    static const QString pattern = QStringLiteral(
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
        "Nov(?:ember)?|Dec(?:ember)?)");
    return pattern;
}

const QList<QRegularExpression> &datePatterns()
{
    static const QList<QRegularExpression> patterns = [] {
        const QString weekday = QStringLiteral(R"((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?)");
        const QString ordinal = QStringLiteral("(?:st|nd|rd|th)?");
        const QString &month = monthPattern();
        return QList<QRegularExpression> {
            QRegularExpression(QStringLiteral(R"((?<![\w-])\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d))")),
            QRegularExpression(QStringLiteral(R"((?<!\w))") + weekday + QStringLiteral(R"(\d{1,2})") + ordinal
                + QStringLiteral(R"(\s+)") + month + QStringLiteral(R"((?:,?\s+\d{4})?(?!\w))")),
            QRegularExpression(QStringLiteral(R"((?<!\w))") + weekday + month + QStringLiteral(R"(\s+\d{1,2})") + ordinal
                + QStringLiteral(R"((?:,?\s+\d{4})?(?![\w:]))")),
            QRegularExpression(QStringLiteral(R"((?<!\w))") + month + QStringLiteral(R"(\s+\d{4}(?!\w))")),
            QRegularExpression(QStringLiteral(R"((?<![\w/.])\d{1,2}[/.]\d{1,2}[/.]\d{4}(?![\w/]))")),
            QRegularExpression(QStringLiteral(R"((?<![\w/])\d{4}/\d{1,2}/\d{1,2}(?![\w/]))")),
            QRegularExpression(QStringLiteral(R"((?<!\d)(?:\d{4}年)?\d{1,2}月\d{1,2}日)")),
        };
    }();
    return patterns;
}

const QList<QRegularExpression> &timePatterns()
{
    static const QList<QRegularExpression> patterns {
        QRegularExpression(QStringLiteral(R"((?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?)"
                                          R"((?:\s?(?:UTC|GMT|CET|CEST|EST|EDT|CST|CDT|PST|PDT|JST|BST))?(?![\w:]))")),
        QRegularExpression(QStringLiteral(R"((?<![\w:.])(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[AaPp][Mm](?!\w)))")),
    };
    return patterns;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![\w@/.])(?:https?://|www\.)[^\s<>"'`\x{201C}\x{201D}\x{2018}\x{2019}\x{300C}\x{300D}\[\]{}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"((?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![\w-]))"));
    return pattern;
}

const QRegularExpression &identifierPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![\w#/-])#?((?=[A-Za-z0-9_/.-]*\d)[A-Za-z0-9]+(?:[-_/.][A-Za-z0-9]+)*)(?![\w-]))"));
    return pattern;
}

const QRegularExpression &languagePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(\b(into|in|to|from)\s+((?:(?:Simplified|Traditional|Brazilian|European|Latin American|Mexican|Canadian|Swiss|)"
        R"(American|British|Australian|Modern|Classical)\s+)?(?:English|French|German|Spanish|Italian|Portuguese|Dutch|)"
        R"(Swedish|Norwegian|Danish|Finnish|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Greek|Turkish|Russian|)"
        R"(Ukrainian|Arabic|Hebrew|Persian|Farsi|Hindi|Bengali|Urdu|Tamil|Telugu|Thai|Vietnamese|Indonesian|Malay|)"
        R"(Filipino|Tagalog|Japanese|Chinese|Mandarin|Cantonese|Korean|Swahili|Catalan|Croatian|Serbian|Slovenian|)"
        R"(Estonian|Latvian|Lithuanian|Icelandic|Irish|Welsh|Latin|Esperanto))\b)"));
    return pattern;
}

// ---------------------------------------------------------------------------
// Context: the words before a value, which usually say what it is.

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isWordChar(QChar c)
{
    return isAsciiLetter(c) || c == u'\'' || c == u'\u2019' || c == u'-';
}

QString normalizedWord(QStringView raw)
{
    QString word = raw.toString().toLower();
    word.replace(QChar(u'\u2019'), QLatin1Char('\''));
    if (word.endsWith(QLatin1String("'s")))
        word.chop(2);
    while (!word.isEmpty() && (word.front() == u'-' || word.front() == u'\''))
        word.remove(0, 1);
    while (!word.isEmpty() && (word.back() == u'-' || word.back() == u'\''))
        word.chop(1);
    if (word == u"e-mail")
        word = QStringLiteral("email");
    word.remove(QLatin1Char('-'));
    return word;
}

QString singular(const QString &word)
{
    static const QSet<QString> unchanged = wordSet(u"news series species lens bus gas plus yes this its");
    static const QSet<QString> plainS = wordSet(u"movies cookies calories ties pies");
    if (unchanged.contains(word) || word.size() < 4)
        return word;
    if (plainS.contains(word))
        return word.chopped(1);
    if (word.endsWith(QLatin1String("ies")))
        return word.chopped(3) + QLatin1Char('y');
    if (word.endsWith(QLatin1String("sses")) || word.endsWith(QLatin1String("xes")) || word.endsWith(QLatin1String("ches"))
        || word.endsWith(QLatin1String("shes")))
        return word.chopped(2);
    if (word.endsWith(QLatin1String("ss")) || word.endsWith(QLatin1String("us")) || word.endsWith(QLatin1String("is")))
        return word;
    if (word.endsWith(QLatin1Char('s')))
        return word.chopped(1);
    return word;
}

struct Context
{
    QString preposition; // the nearest function word before the noun ("in", "from", "by")
    QString marker; // "called", "named", "titled"
    QString head; // the nearest content word, lower case
    QString modifier; // the content word right before head
};

// A conjunction starts another clause: in 'X and "Y"' the words before
// "and" describe X.
const QSet<QString> &conjunctions()
{
    static const QSet<QString> words = wordSet(u"and or but nor so then while yet");
    return words;
}

bool isFunctionWord(const QString &word)
{
    return stopWords().contains(word) || prepositions().contains(word) || markerSuffixes().contains(word)
        || conjunctions().contains(word);
}

// Reads up to five words of the same clause before position, skipping label
// punctuation ("Email: ", "**Order #**"); a label may sit on the line above.
Context contextBefore(QStringView text, qsizetype position)
{
    qsizetype i = position;
    int lineBreaks = 0;
    while (i > 0) {
        const QChar c = text[i - 1];
        if (c == u'\n' && ++lineBreaks > 1)
            break;
        if (c.isSpace() || c == u':' || c == u'#' || c == u'=' || c == u'*' || c == u'-' || c == u'\u2013' || c == u'\uff1a')
            --i;
        else
            break;
    }
    QStringList words;
    while (words.size() < 5 && i > 0) {
        const qsizetype end = i;
        while (i > 0 && isWordChar(text[i - 1]))
            --i;
        // "example.com" or "v2" are not words of the clause: stop there.
        const bool standsAlone = i == 0 || text[i - 1].isSpace() || QStringView(u"([{\"'*_>\u201C\u2018").contains(text[i - 1]);
        const QString word = normalizedWord(text.mid(i, end - i));
        if (word.isEmpty() || !standsAlone)
            break;
        words.append(word);
        qsizetype gap = i;
        while (gap > 0 && (text[gap - 1] == u' ' || text[gap - 1] == u'\t'))
            --gap;
        if (gap == i)
            break;
        i = gap;
    }

    Context context;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words[w];
        if (conjunctions().contains(word))
            break;
        if (markerSuffixes().contains(word)) {
            if (context.marker.isEmpty())
                context.marker = word;
            continue;
        }
        if (prepositions().contains(word)) {
            if (context.preposition.isEmpty())
                context.preposition = word;
            continue;
        }
        if (stopWords().contains(word))
            continue;
        context.head = word;
        if (w + 1 < words.size() && !isFunctionWord(words[w + 1]))
            context.modifier = words[w + 1];
        break;
    }
    return context;
}

// The word right after a value: "a 5-day trip", "20% off", "$40 refund".
QString wordAfter(QStringView text, qsizetype position)
{
    qsizetype i = position;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    const qsizetype start = i;
    while (i < text.size() && isAsciiLetter(text[i]))
        ++i;
    return text.mid(start, i - start).toString().toLower();
}

QString upper(const QString &word)
{
    return toUpperSnake(word);
}

QString joined(const QString &first, const QString &second)
{
    return upper(first) + QLatin1Char('_') + second;
}

// ---------------------------------------------------------------------------
// Naming, one function per kind.

QString nameForQuote(const Context &context)
{
    const QString suffix = markerSuffixes().value(context.marker);
    if (context.head.isEmpty())
        return suffix.isEmpty() ? QStringLiteral("TEXT") : suffix;
    if (context.preposition == u"about")
        return QStringLiteral("TOPIC");
    if (textVerbs().contains(context.head))
        return QStringLiteral("TEXT_TO_") + textVerbs().value(context.head);
    if (plainVerbs().contains(context.head))
        return suffix.isEmpty() ? QStringLiteral("TEXT") : suffix;
    const QString head = singular(context.head);
    if (kindNouns().contains(head)) {
        const QString kind = kindNouns().value(head);
        return context.modifier.isEmpty() || plainVerbs().contains(context.modifier) || textVerbs().contains(context.modifier)
            ? kind
            : joined(context.modifier, kind);
    }
    if (!suffix.isEmpty())
        return joined(head, suffix);
    if (nounSuffixes().contains(head))
        return joined(head, nounSuffixes().value(head));
    return upper(head);
}

// The specific noun before a kind word: "customer email" -> CUSTOMER_EMAIL,
// "email" alone -> EMAIL, "support" -> SUPPORT_EMAIL.
QString nameFromLabels(const Context &context, const QSet<QString> &labels, const QString &kind)
{
    if (labels.contains(context.head)) // "docs", "sales": plural as written
        return joined(context.head, kind);
    const QString head = singular(context.head);
    if (labels.contains(head))
        return joined(head, kind);
    if (kindNouns().value(head) == kind && labels.contains(singular(context.modifier)))
        return joined(singular(context.modifier), kind);
    return {};
}

QString nameForUrl(const Context &context)
{
    QString name = nameFromLabels(context, urlLabels(), QStringLiteral("URL"));
    if (!name.isEmpty())
        return name;
    if (context.head.isEmpty() && context.preposition == u"from")
        return QStringLiteral("SOURCE_URL");
    return QStringLiteral("URL");
}

QString nameForEmail(const Context &context)
{
    QString name = nameFromLabels(context, emailLabels(), QStringLiteral("EMAIL"));
    if (!name.isEmpty())
        return name;
    if (context.head.isEmpty() || kindNouns().contains(context.head)) {
        if (context.preposition == u"from")
            return QStringLiteral("SENDER_EMAIL");
        if (context.preposition == u"to" || context.preposition == u"cc")
            return QStringLiteral("RECIPIENT_EMAIL");
    }
    return QStringLiteral("EMAIL");
}

// Dates and times: "meeting on 2026-11-22" -> MEETING_DATE, "by …" -> DEADLINE,
// "from … to …" -> START_DATE, END_DATE.
QString nameForMoment(const Context &context, const QString &kind)
{
    const QString head = singular(context.head);
    if (head == u"deadline")
        return QStringLiteral("DEADLINE");
    if (head == u"due")
        return joined(head, kind);
    QString name = nameFromLabels(context, dateLabels(), kind);
    if (!name.isEmpty())
        return name;
    const QString &p = context.preposition;
    if (p == u"by" && kind == u"DATE")
        return QStringLiteral("DEADLINE");
    if (p == u"from" || p == u"since")
        return QStringLiteral("START_") + kind;
    if (p == u"until" || p == u"till" || p == u"to" || p == u"through")
        return QStringLiteral("END_") + kind;
    return kind;
}

QString nameForQuantity(const Unit &unit, const Context &context, const QString &nextWord)
{
    const QString head = singular(context.head);
    switch (unit.category) {
    case UnitCategory::Count:
    case UnitCategory::Fixed:
        return unit.name;
    case UnitCategory::Duration:
        if (durationLabels().contains(nextWord))
            return joined(nextWord, QStringLiteral("DURATION"));
        if (head == u"deadline")
            return QStringLiteral("DEADLINE");
        if (durationLabels().contains(head))
            return joined(head, QStringLiteral("DURATION"));
        return QStringLiteral("DURATION");
    case UnitCategory::Money:
        if (moneyLabels().contains(nextWord))
            return moneyLabels().value(nextWord);
        return moneyLabels().value(head, QStringLiteral("AMOUNT"));
    case UnitCategory::Percent:
        if (percentLabels().contains(nextWord))
            return percentLabels().value(nextWord);
        return percentLabels().value(head, QStringLiteral("PERCENTAGE"));
    }
    return QStringLiteral("VALUE");
}

// "order #48213" -> ORDER_NUMBER, "Order ID: A-10234" -> ORDER_ID,
// "tracking number 1Z99…" -> TRACKING_NUMBER; empty when nothing says the
// token is an identifier.
QString nameForIdentifier(const Context &context)
{
    const QString head = singular(context.head);
    const QString kind = kindNouns().value(head);
    if (kind == u"ID" || kind == u"NUMBER" || kind == u"CODE") {
        if (context.modifier.isEmpty())
            return kind;
        return joined(context.modifier == u"ref" ? QStringLiteral("reference") : context.modifier, kind);
    }
    if (identifierLabels().contains(head))
        return joined(head == u"ref" ? QStringLiteral("reference") : head, QStringLiteral("NUMBER"));
    return {};
}

QString nameForCode(QStringView info)
{
    static const QHash<QString, QString> formats
        = wordMap(u"diff=DIFF patch=DIFF json=JSON yaml=YAML yml=YAML xml=XML csv=CSV tsv=TSV toml=TOML html=HTML "
                  u"text=TEXT txt=TEXT plaintext=TEXT markdown=MARKDOWN md=MARKDOWN c++=CPP_CODE");
    const QString language = info.split(u' ', Qt::SkipEmptyParts).value(0).toString().toLower();
    if (language.isEmpty())
        return QStringLiteral("CODE");
    if (formats.contains(language))
        return formats.value(language);
    return upper(language) + QStringLiteral("_CODE");
}

// 製品「Acme」 / 产品“Acme” : the CJK word right before the quote, particles skipped.
QString cjkNameBefore(QStringView text, qsizetype position)
{
    static const QString particles
        = QStringLiteral(" \u3000:\uff1a\u3001\uff0c,\u306e\u306f\u3092\u304c\u306b\u3068\u3067\u3082\u7684\u662f\u4e3a\u53eb");
    qsizetype i = position;
    while (i > 0 && particles.contains(text[i - 1]))
        --i;
    const QStringView before = text.left(i);
    for (const auto &[word, name] : cjkLabels()) {
        if (before.endsWith(word))
            return name;
    }
    return {};
}

// {"customer": "Jane"}: the key before a JSON string value.
QString jsonKeyBefore(QStringView text, qsizetype quote)
{
    qsizetype i = quote;
    while (i > 0 && text[i - 1].isSpace())
        --i;
    if (i == 0 || text[i - 1] != u':')
        return {};
    --i;
    while (i > 0 && text[i - 1].isSpace())
        --i;
    if (i == 0 || text[i - 1] != u'"')
        return {};
    const qsizetype keyEnd = i - 1;
    const qsizetype keyStart = text.lastIndexOf(u'"', keyEnd - 1) + 1;
    if (keyStart <= 0 || keyEnd <= keyStart)
        return {};
    return upper(text.mid(keyStart, keyEnd - keyStart).toString());
}

// ---------------------------------------------------------------------------
// The detectors.

struct QuoteStyle
{
    QChar open;
    QChar close;
    bool wordBoundaries; // ASCII quotes and ’ double as apostrophes and inch marks
    bool multiline;
};

const QList<QuoteStyle> &quoteStyles()
{
    static const QList<QuoteStyle> styles {
        {u'"', u'"', true, false}, {u'\'', u'\'', true, false}, {u'\u201C', u'\u201D', false, true}, // “ ”
        {u'\u2018', u'\u2019', true, false}, // ‘ ’
        {u'\u201E', u'\u201C', false, true}, // „ “
        {u'\u00AB', u'\u00BB', false, true}, // « »
        {u'\u300C', u'\u300D', false, true}, // 「 」
        {u'\u300E', u'\u300F', false, true}, // 『 』
    };
    return styles;
}

constexpr qsizetype maxQuoteLength = 300;

// Where in one text values may not come from, worked out once.
struct TextLayout
{
    QList<TextRange> code;
    QList<TextRange> variables;
    QList<XmlTag> tags;
    TagPairing pairing;
    QList<TextRange> examples;

    explicit TextLayout(QStringView text) : code(codeRanges(text))
    {
        for (const VariableOccurrence &v : scanVariables(text))
            variables.append({v.location.offset, v.location.offset + v.length});
        tags = scanXmlTags(text, code);
        pairing = pairXmlTags(tags);
        for (const TagPairing::Pair &pair : pairing.pairs) {
            if (isExampleTag(tags[pair.open].name))
                examples.append({tags[pair.open].start, tags[pair.close].end()});
        }
    }

    QList<TextRange> protectedRanges() const
    {
        QList<TextRange> ranges = code + variables + examples;
        for (const XmlTag &tag : tags)
            ranges.append({tag.start, tag.end()});
        return ranges;
    }
};

class Finder
{
public:
    explicit Finder(QStringView text) : m_text(text), m_layout(text) { }

    QList<ValueCandidate> run();

private:
    void add(Kind kind, qsizetype start, qsizetype length, const QString &name)
    {
        if (length > 0)
            m_found.append({kind, start, length, name});
    }
    void findBlocks();
    void findUrlsAndEmails();
    void findDatesAndTimes();
    void findQuantities();
    void findIdentifiers();
    void findLanguages();
    void findQuotes();
    void findQuotes(const QuoteStyle &style);
    bool isListContinuation(qsizetype gapStart, qsizetype gapEnd) const;

    QStringView m_text;
    TextLayout m_layout;
    QList<ValueCandidate> m_found;
    QList<ValueCandidate> m_blocks;
    struct LastQuote
    {
        qsizetype closeEnd = -1;
        QString name;
    } m_lastQuote;
};

void Finder::findBlocks()
{
    const QList<XmlTag> &tags = m_layout.tags;
    const RangeSet variables(m_layout.variables);
    const RangeSet examples(m_layout.examples);
    for (const TagPairing::Pair &pair : m_layout.pairing.pairs) {
        const XmlTag &open = tags[pair.open];
        const XmlTag &close = tags[pair.close];
        if (structuralTags().contains(open.name.toLower()) || examples.overlaps(open.start, close.end()))
            continue;
        bool nested = false;
        for (int t = pair.open + 1; t < pair.close && !nested; ++t)
            nested = !isVoidHtmlElement(tags[t].name);
        if (nested)
            continue;
        qsizetype start = open.end();
        qsizetype end = close.start;
        while (start < end && m_text[start].isSpace())
            ++start;
        while (end > start && m_text[end - 1].isSpace())
            --end;
        if (start < end && !variables.overlaps(start, end))
            m_blocks.append({Kind::XmlBlock, start, end - start, toUpperSnake(open.name)});
    }
    for (const FencedCodeBlock &fence : fencedCodeBlocks(m_text)) {
        if (!fence.closed || fence.contentEnd <= fence.contentStart)
            continue;
        if (m_text.mid(fence.contentStart, fence.contentEnd - fence.contentStart).trimmed().isEmpty())
            continue;
        if (variables.overlaps(fence.contentStart, fence.contentEnd) || examples.overlaps(fence.start, fence.end))
            continue;
        m_blocks.append({Kind::CodeBlock, fence.contentStart, fence.contentEnd - fence.contentStart, nameForCode(fence.info)});
    }
}

void Finder::findUrlsAndEmails()
{
    for (const QRegularExpressionMatch &match : urlPattern().globalMatch(m_text)) {
        qsizetype start = match.capturedStart();
        qsizetype end = match.capturedEnd();
        // Sentence punctuation and an unbalanced ")" end the URL.
        while (end > start) {
            const QChar last = m_text[end - 1];
            const QStringView url = m_text.mid(start, end - start);
            if (QStringLiteral(".,;:!?*").contains(last) || (last == u')' && url.count(u'(') < url.count(u')')))
                --end;
            else
                break;
        }
        // "https://example.com/{{PATH}}" is a template already.
        if (end < m_text.size() && m_text[end] == u'{')
            continue;
        add(Kind::Url, start, end - start, nameForUrl(contextBefore(m_text, start)));
    }
    for (const QRegularExpressionMatch &match : emailPattern().globalMatch(m_text))
        add(Kind::Email, match.capturedStart(), match.capturedLength(),
            nameForEmail(contextBefore(m_text, match.capturedStart())));
}

void Finder::findDatesAndTimes()
{
    for (const QRegularExpression &pattern : datePatterns()) {
        for (const QRegularExpressionMatch &match : pattern.globalMatch(m_text)) {
            add(Kind::Date, match.capturedStart(), match.capturedLength(),
                nameForMoment(contextBefore(m_text, match.capturedStart()), QStringLiteral("DATE")));
        }
    }
    for (const QRegularExpression &pattern : timePatterns()) {
        for (const QRegularExpressionMatch &match : pattern.globalMatch(m_text)) {
            add(Kind::Time, match.capturedStart(), match.capturedLength(),
                nameForMoment(contextBefore(m_text, match.capturedStart()), QStringLiteral("TIME")));
        }
    }
}

void Finder::findQuantities()
{
    for (const QRegularExpressionMatch &match : unitQuantityPattern().globalMatch(m_text)) {
        const Unit unit = units().value(match.captured(2).toLower());
        add(Kind::Quantity, match.capturedStart(), match.capturedLength(),
            nameForQuantity(unit, contextBefore(m_text, match.capturedStart()), wordAfter(m_text, match.capturedEnd())));
    }
    const Unit money {UnitCategory::Money, {}};
    for (const QRegularExpressionMatch &match : moneyPrefixPattern().globalMatch(m_text)) {
        add(Kind::Quantity, match.capturedStart(), match.capturedLength(),
            nameForQuantity(money, contextBefore(m_text, match.capturedStart()), wordAfter(m_text, match.capturedEnd())));
    }
}

void Finder::findIdentifiers()
{
    for (const QRegularExpressionMatch &match : identifierPattern().globalMatch(m_text)) {
        const QStringView token = match.capturedView(1);
        if (std::count_if(token.begin(), token.end(), [](QChar c) { return c.isDigit(); }) < 2)
            continue;
        const QString name = nameForIdentifier(contextBefore(m_text, match.capturedStart()));
        if (!name.isEmpty())
            add(Kind::Identifier, match.capturedStart(1), match.capturedLength(1), name);
    }
}

void Finder::findLanguages()
{
    for (const QRegularExpressionMatch &match : languagePattern().globalMatch(m_text)) {
        const bool source = match.capturedView(1) == u"from";
        add(Kind::Language, match.capturedStart(2), match.capturedLength(2),
            source ? QStringLiteral("SOURCE_LANGUAGE") : QStringLiteral("TARGET_LANGUAGE"));
    }
    // 英語に翻訳 / 翻译成英文: the language a text is to be put into.
    static const QRegularExpression cjkTarget(
        QStringLiteral("(?<=[成为])(?:英文|英语|中文|日文|日语|法语|德语|西班牙语|韩语|俄语|意大利语)|"
                       "(?:英語|日本語|中国語|フランス語|ドイツ語|スペイン語|韓国語|イタリア語|ロシア語)(?=[にへ])"));
    for (const QRegularExpressionMatch &match : cjkTarget.globalMatch(m_text))
        add(Kind::Language, match.capturedStart(), match.capturedLength(), QStringLiteral("TARGET_LANGUAGE"));
}

void Finder::findQuotes()
{
    for (const QuoteStyle &style : quoteStyles())
        findQuotes(style);
}

// "a", "b" or "c": the gap between two quotes of one list.
bool Finder::isListContinuation(qsizetype gapStart, qsizetype gapEnd) const
{
    if (gapStart < 0 || gapEnd < gapStart)
        return false;
    QString gap = m_text.mid(gapStart, gapEnd - gapStart).toString();
    gap.replace(QLatin1String(" or "), QLatin1String(" "));
    gap.replace(QLatin1String(" and "), QLatin1String(" "));
    for (QChar c : gap) {
        if (!(c == u' ' || c == u',' || c == u'/' || c == u'\u3001' || c == u'\uff0c'))
            return false;
    }
    return true;
}

void Finder::findQuotes(const QuoteStyle &style)
{
    const qsizetype n = m_text.size();
    m_lastQuote = {};
    qsizetype i = m_text.indexOf(style.open);
    while (i >= 0 && i + 1 < n) {
        const bool canOpen = !style.wordBoundaries
            || ((i == 0 || !m_text[i - 1].isLetterOrNumber()) && !m_text[i + 1].isSpace() && m_text[i + 1] != style.close);
        qsizetype close = -1;
        if (canOpen) {
            for (qsizetype j = i + 1; j < n && j - i <= maxQuoteLength + 1; ++j) {
                if (m_text[j] == u'\n' && !style.multiline)
                    break;
                if (m_text[j] != style.close)
                    continue;
                const bool canClose
                    = !style.wordBoundaries || (!m_text[j - 1].isSpace() && (j + 1 == n || !m_text[j + 1].isLetterOrNumber()));
                if (canClose) {
                    close = j;
                    break;
                }
            }
        }
        if (close < 0) {
            i = m_text.indexOf(style.open, i + 1);
            continue;
        }

        qsizetype start = i + 1;
        qsizetype end = close;
        if (!style.wordBoundaries) { // « Bonjour » keeps its spaces outside the value
            while (start < end && m_text[start].isSpace())
                ++start;
            while (end > start && m_text[end - 1].isSpace())
                --end;
        }
        const QStringView content = m_text.mid(start, end - start);
        const bool hasText = std::any_of(content.begin(), content.end(), [](QChar c) { return c.isLetterOrNumber(); });
        qsizetype after = close + 1;
        while (after < n && m_text[after].isSpace())
            ++after;
        qsizetype before = i;
        while (before > 0 && m_text[before - 1].isSpace())
            --before;
        const bool jsonKey = style.open == u'"' && after < n && m_text[after] == u':'
            && (before == 0 || m_text[before - 1] == u'{' || m_text[before - 1] == u',');
        if (hasText && !jsonKey) {
            QString name;
            if (isListContinuation(m_lastQuote.closeEnd, i))
                name = m_lastQuote.name;
            if (name.isEmpty() && style.open == u'"')
                name = jsonKeyBefore(m_text, i);
            if (name.isEmpty() && !style.wordBoundaries)
                name = cjkNameBefore(m_text, i);
            if (name.isEmpty())
                name = nameForQuote(contextBefore(m_text, i));
            add(Kind::Quote, start, end - start, name);
            m_lastQuote = {close + 1, name};
        }
        i = m_text.indexOf(style.open, close + 1);
    }
}

QList<ValueCandidate> Finder::run()
{
    findBlocks();
    findUrlsAndEmails();
    findDatesAndTimes();
    findQuantities();
    findIdentifiers();
    findLanguages();
    findQuotes();

    const auto byPosition = [](const ValueCandidate &a, const ValueCandidate &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.kind < b.kind;
    };
    // Blocks first, outermost winning; then the values in prose, earliest and
    // longest winning, the more specific kind on a tie.
    std::sort(m_blocks.begin(), m_blocks.end(), byPosition);
    std::sort(m_found.begin(), m_found.end(), byPosition);

    QList<ValueCandidate> chosen;
    RangeSet taken;
    const auto choose = [&](const ValueCandidate &candidate) {
        if (taken.overlaps(candidate.start, candidate.end()))
            return;
        chosen.append(candidate);
        taken.insert(candidate.start, candidate.end());
    };
    for (const ValueCandidate &block : std::as_const(m_blocks))
        choose(block);
    taken.insert(m_layout.protectedRanges());
    for (const ValueCandidate &candidate : std::as_const(m_found))
        choose(candidate);
    std::sort(chosen.begin(), chosen.end(), byPosition);
    return chosen;
}

} // namespace

QList<TextRange> protectedRanges(QStringView text)
{
    return TextLayout(text).protectedRanges();
}

QList<ValueCandidate> findValueCandidates(QStringView text)
{
    return Finder(text).run();
}

bool isDistinctiveValue(ValueCandidate::Kind kind, QStringView value)
{
    switch (kind) {
    case Kind::Url:
    case Kind::Email:
    case Kind::Identifier:
        return value.size() >= 3;
    case Kind::Quote: {
        if (value.size() < 4)
            return false;
        const bool severalWords = value.trimmed().contains(u' ');
        const bool capitalOrDigit = std::any_of(value.begin(), value.end(), [](QChar c) { return c.isUpper() || c.isDigit(); });
        return severalWords || capitalOrDigit;
    }
    default:
        return false;
    }
}

} // namespace pw
