#include "core/validation.h"

#include <algorithm>
#include <climits>
#include <string>

namespace facturos::validation {

namespace {

// ISO 3166-1 alpha-2, all 249 officially assigned codes, sorted, two letters each.
constexpr char kCountryCodes[] = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBE"
                                 "BFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCD"
                                 "CFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDM"
                                 "DODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGF"
                                 "GGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHU"
                                 "IDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKN"
                                 "KPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDME"
                                 "MFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNA"
                                 "NCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPM"
                                 "PNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSI"
                                 "SJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTK"
                                 "TLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVI"
                                 "VNVUWFWSYEYTZAZMZW";
constexpr int kCountryCodeCount = (sizeof(kCountryCodes) - 1) / 2;
static_assert(kCountryCodeCount == 249, "ISO 3166-1 assigns 249 alpha-2 codes");

const QString kLaPosteSiren = QStringLiteral("356000000");
constexpr int kMaxPhoneInputLength = 32;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c.unicode() >= u'a' && c.unicode() <= u'z') || (c.unicode() >= u'A' && c.unicode() <= u'Z');
}

bool isAllAsciiDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isAsciiDigit);
}

// Separators people type (or paste from French typography, which uses no-break spaces) inside numbers.
bool isNumberSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

QString withoutSpaces(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!isNumberSpace(c))
            result.append(c);
    }
    return result;
}

bool isValidDomain(const QString &domain)
{
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            if (!(c.isLetterOrNumber() || c == u'-'))
                return false;
        }
    }
    return true;
}

QString withLowerCaseDomain(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? email : email.left(at + 1) + email.mid(at + 1).toLower();
}

Address normalizedAddress(const Address &address)
{
    Address result;
    result.line1 = address.line1.trimmed();
    result.line2 = address.line2.trimmed();
    result.postalCode = address.postalCode.trimmed();
    result.city = address.city.trimmed();
    result.country = address.country.trimmed().toUpper();
    return result;
}

void addError(FieldErrors &errors, const QString &field, const QString &code, const QString &message)
{
    errors.append({field, code, message});
}

// The checks every text field shares, in the order a user fixes them; returns whether the value is present
// and clean enough for field-specific format checks. At most one error per field, so a form shows one message.
bool checkText(FieldErrors &errors, const QString &field, const QString &value, int maxLength, bool required)
{
    if (value.isEmpty()) {
        if (required)
            addError(errors, field, ErrorCode::Required, QStringLiteral("This field is required."));
        return false;
    }
    if (hasForbiddenCharacters(value)) {
        addError(errors, field, ErrorCode::InvalidCharacters,
                 QStringLiteral("This field contains control characters."));
        return false;
    }
    if (value.size() > maxLength) {
        addError(errors, field, ErrorCode::TooLong,
                 QStringLiteral("This field is longer than %1 characters.").arg(maxLength));
        return false;
    }
    return true;
}

void validateAddress(FieldErrors &errors, const Address &address, const QString &path)
{
    auto field = [&path](const char *key) { return path + QLatin1Char('.') + QLatin1String(key); };
    // An address the user left blank is fine; a partly filled one must be deliverable.
    const bool used = !address.isEmpty();
    checkText(errors, field("line1"), address.line1, kMaxAddressLineLength, used);
    checkText(errors, field("line2"), address.line2, kMaxAddressLineLength, false);
    if (checkText(errors, field("postalCode"), address.postalCode, kMaxPostalCodeLength, used) &&
        address.country == QLatin1String("FR") && !isValidFrenchPostalCode(address.postalCode)) {
        addError(errors, field("postalCode"), ErrorCode::InvalidFormat,
                 QStringLiteral("A French postal code has five digits."));
    }
    checkText(errors, field("city"), address.city, kMaxCityLength, used);
    if (!isValidCountryCode(address.country)) {
        addError(errors, field("country"), ErrorCode::InvalidCountry,
                 QStringLiteral("Expected an ISO 3166-1 alpha-2 country code."));
    }
}

} // namespace

bool isValidEmail(const QString &email)
{
    if (email.isEmpty() || email.size() > kMaxEmailLength || hasForbiddenCharacters(email))
        return false;
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    const QString local = email.left(at);
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QLatin1String("..")))
        return false;
    // The dot-atom of RFC 5322 (quoted local parts are legal but only ever seen in attacks and tests).
    static const QString atomSpecials = QStringLiteral("!#$%&'*+-/=?^_`{|}~.");
    for (const QChar c : local) {
        if (!(c.isLetterOrNumber() || atomSpecials.contains(c)))
            return false;
    }
    return isValidDomain(email.mid(at + 1));
}

std::optional<QString> normalizePhone(const QString &phone)
{
    const QString text = phone.trimmed();
    if (text.isEmpty() || text.size() > kMaxPhoneInputLength)
        return std::nullopt;
    QString digits;
    qsizetype trunkZeroAt = -1; // digits typed before "(0)", i.e. the country code length
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c == u'+') {
            if (i != 0)
                return std::nullopt;
        } else if (c == u'(') {
            // "+33 (0)6 …": the national trunk prefix shown for readers dialling from inside the country.
            if (trunkZeroAt >= 0 || text.mid(i, 3) != QLatin1String("(0)"))
                return std::nullopt;
            trunkZeroAt = digits.size();
            i += 2;
        } else if (!(isNumberSpace(c) || c == u'.' || c == u'-')) {
            return std::nullopt;
        }
    }

    QString international;
    if (text.startsWith(QLatin1Char('+'))) {
        international = digits;
    } else if (digits.startsWith(QLatin1String("00"))) {
        international = digits.mid(2);
        trunkZeroAt -= trunkZeroAt >= 0 ? 2 : 0;
    } else {
        // A French national number: ten digits, the trunk 0 then a non-zero digit.
        if (trunkZeroAt >= 0 || digits.size() != 10 || digits.at(0) != u'0' || digits.at(1) == u'0')
            return std::nullopt;
        return QStringLiteral("+33") + digits.mid(1);
    }

    if (international.startsWith(QLatin1String("33"))) {
        const QString national = international.mid(2);
        if ((trunkZeroAt >= 0 && trunkZeroAt != 2) || national.size() != 9 || national.at(0) == u'0')
            return std::nullopt;
        return QStringLiteral("+33") + national;
    }
    // E.164: a country code of one to three digits that never starts with 0, at most 15 digits in all.
    if ((trunkZeroAt >= 0 && (trunkZeroAt < 1 || trunkZeroAt > 3)) || international.size() < 8 ||
        international.size() > 15 || international.at(0) == u'0')
        return std::nullopt;
    return QLatin1Char('+') + international;
}

bool isValidFrenchPostalCode(const QString &postalCode)
{
    if (postalCode.size() != 5 || !isAllAsciiDigits(postalCode))
        return false;
    // Departments 01–95 (Corsica's 2A/2B use 20xxx), overseas 971–978, and 98xxx (Monaco, Pacific).
    const int department = postalCode.left(2).toInt();
    if (department >= 1 && department <= 95)
        return true;
    if (department == 97)
        return postalCode.at(2) >= u'1' && postalCode.at(2) <= u'8';
    return department == 98;
}

bool isLuhnValid(const QString &digits)
{
    if (!isAllAsciiDigits(digits))
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool isValidSiretChecksum(const QString &digits)
{
    if (digits.size() != 14 || !isAllAsciiDigits(digits))
        return false;
    if (isLuhnValid(digits))
        return true;
    // La Poste registers more establishments than Luhn leaves room for under one SIREN, so INSEE gave its
    // SIRETs a different key: the plain sum of the digits is a multiple of 5.
    if (!digits.startsWith(kLaPosteSiren))
        return false;
    int sum = 0;
    for (const QChar c : digits)
        sum += c.unicode() - u'0';
    return sum % 5 == 0;
}

std::optional<QString> normalizeSiret(const QString &siret)
{
    const QString digits = withoutSpaces(siret);
    if (!isValidSiretChecksum(digits))
        return std::nullopt;
    return digits;
}

bool isValidCountryCode(const QString &code)
{
    if (code.size() != 2 || !isAsciiLetter(code.at(0)) || !isAsciiLetter(code.at(1)) || code != code.toUpper())
        return false;
    const char wanted[2] = {static_cast<char>(code.at(0).unicode()), static_cast<char>(code.at(1).unicode())};
    int low = 0;
    int high = kCountryCodeCount - 1;
    while (low <= high) {
        const int mid = (low + high) / 2;
        const int cmp = std::char_traits<char>::compare(kCountryCodes + 2 * mid, wanted, 2);
        if (cmp == 0)
            return true;
        if (cmp < 0)
            low = mid + 1;
        else
            high = mid - 1;
    }
    return false;
}

bool hasForbiddenCharacters(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFFFD || u == 0xFFFE || u == 0xFFFF)
            return true;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= text.size() || !QChar::isLowSurrogate(text.at(i + 1).unicode()))
                return true;
            ++i; // a well-formed pair
        } else if (QChar::isLowSurrogate(u)) {
            return true;
        }
    }
    return false;
}

bool isValidUsername(const QString &username)
{
    // ASCII only: a username is typed at sign-in on any keyboard, and look-alike letters from other scripts
    // would let two accounts appear to have the same name.
    if (username.size() < 3 || username.size() > kMaxUsernameLength)
        return false;
    return std::all_of(username.cbegin(), username.cend(), [](QChar c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == u'.' || c == u'_' || c == u'-';
    });
}

Profile normalized(const Profile &profile)
{
    Profile result = profile;
    result.firstName = profile.firstName.trimmed();
    result.lastName = profile.lastName.trimmed();
    result.username = profile.username.trimmed();
    result.email = withLowerCaseDomain(profile.email.trimmed());
    result.pendingEmail = withLowerCaseDomain(profile.pendingEmail.trimmed());
    result.companyName = profile.companyName.trimmed();
    // Invalid values stay as typed so validate() can point at them and the user sees what they wrote.
    result.phone = profile.phone.trimmed();
    if (const auto phone = normalizePhone(result.phone))
        result.phone = *phone;
    result.siret = profile.siret.trimmed();
    const QString siretDigits = withoutSpaces(result.siret);
    if (siretDigits.size() == 14 && isAllAsciiDigits(siretDigits))
        result.siret = siretDigits; // even with a bad checksum, so the error is "checksum", not "format"
    result.deliveryAddress = normalizedAddress(profile.deliveryAddress);
    if (profile.billingAddress)
        result.billingAddress = normalizedAddress(*profile.billingAddress);
    return result;
}

FieldErrors validate(const Profile &profile)
{
    FieldErrors errors;
    checkText(errors, QStringLiteral("firstName"), profile.firstName, kMaxNameLength, true);
    checkText(errors, QStringLiteral("lastName"), profile.lastName, kMaxNameLength, true);

    const QString username = QStringLiteral("username");
    if (checkText(errors, username, profile.username, kMaxUsernameLength, true) && !isValidUsername(profile.username))
        addError(errors, username, ErrorCode::InvalidFormat,
                 QStringLiteral("A username has 3 or more letters, digits, dots, underscores or hyphens."));

    const QString email = QStringLiteral("email");
    if (checkText(errors, email, profile.email, kMaxEmailLength, true) && !isValidEmail(profile.email))
        addError(errors, email, ErrorCode::InvalidFormat, QStringLiteral("This is not a valid e-mail address."));

    const QString phone = QStringLiteral("phone");
    if (checkText(errors, phone, profile.phone, INT_MAX, false) && !normalizePhone(profile.phone))
        addError(errors, phone, ErrorCode::InvalidFormat, QStringLiteral("This is not a valid phone number."));

    checkText(errors, QStringLiteral("companyName"), profile.companyName, kMaxCompanyLength, false);

    const QString siret = QStringLiteral("siret");
    if (checkText(errors, siret, profile.siret, INT_MAX, false)) {
        const QString digits = withoutSpaces(profile.siret);
        if (digits.size() != 14 || !isAllAsciiDigits(digits))
            addError(errors, siret, ErrorCode::InvalidFormat, QStringLiteral("A SIRET number has 14 digits."));
        else if (!isValidSiretChecksum(digits))
            addError(errors, siret, ErrorCode::InvalidChecksum,
                     QStringLiteral("This SIRET number's check digit is wrong."));
    }

    validateAddress(errors, profile.deliveryAddress, QStringLiteral("deliveryAddress"));
    if (profile.billingAddress)
        validateAddress(errors, *profile.billingAddress, QStringLiteral("billingAddress"));
    return errors;
}

} // namespace facturos::validation
