package dev.shortlist.screening.parsing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises degrees as written ("B.S.", "BSc", "Bachelor of Arts", "MBA", "M.Sc", "PhD", "GED",
 * "High School Diploma", "Diplom-Ingenieur", "Licence", "Laurea", "کارشناسی ارشد"...) and maps
 * them to an {@link EducationLevel}. Higher levels are tried first, so "Master" wins over
 * "Bachelor" when a line names both.
 */
final class DegreeLevels {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Rule(EducationLevel level, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            rule(
                    EducationLevel.DOCTORATE,
                    CI,
                    "\\bph\\.?\\s?d\\b\\.?|\\bdoctor(?:ate)?\\s+(?:of|in)\\b|\\bdoctorate\\b|\\bd\\.?phil\\b|\\bdr\\.\\s?(?:rer|phil|med|ing)\\b"
                            + "|\\bdoktor(?:at)?\\b|\\bdoctorat\\b|\\bdoctorado\\b|\\bdoutorado\\b|\\bdoutoramento\\b|\\bdottorato\\b"
                            + "|دکتری|دکترا|دكتوراه|دكتوراة"),
            rule(EducationLevel.DOCTORATE, 0, "\\b(?:Ed\\.?D|M\\.D|J\\.D|D\\.B\\.A|DBA|Pharm\\.?D)\\b\\.?"),
            rule(
                    EducationLevel.MASTER,
                    CI,
                    "\\bmaster(?:'?s|s)?\\b|\\bmasters?\\s+degree\\b|\\bm\\.?\\s?sc\\b\\.?|\\bmba\\b|\\bm\\.b\\.a\\b\\.?|\\bm\\.?\\s?eng\\b\\.?"
                            + "|\\bm\\.?\\s?ed\\b\\.?|\\bmph\\b|\\bmsw\\b|\\bll\\.?m\\b\\.?|\\bm\\.?\\s?tech\\b|\\bmagister\\b|\\bdiplom\\b(?!a)|\\bdipl\\.?-?\\s?ing\\b"
                            + "|\\bdiplom-\\p{L}+|\\bmastère\\b|\\bmáster\\b|\\bmaestría\\b|\\bmaestria\\b|\\bmestrado\\b|\\blaurea\\s+(?:magistrale|specialistica)\\b"
                            + "|\\bbac\\s?\\+\\s?5\\b|کارشناسی\\s*ارشد|فوق\\s*لیسانس|ماجستير"),
            rule(
                    EducationLevel.MASTER,
                    0,
                    "\\b(?:M\\.S\\.|M\\.A\\.)(?=[\\s,:;)]|$)|\\b(?:MFA|MSc|MEng|MPA|MPP|MSN|MAcc|MIS)\\b(?=[\\s,.:;)]|$)"),
            rule(
                    EducationLevel.BACHELOR,
                    CI,
                    "\\bbachelor(?:'?s|s)?\\b|\\bbaccalaureate\\b|\\bb\\.?\\s?sc\\b\\.?|\\bb\\.?\\s?eng\\b\\.?|\\bb\\.?\\s?tech\\b|\\bb\\.?\\s?com\\b\\.?"
                            + "|\\bbba\\b|\\bb\\.b\\.a\\b\\.?|\\bb\\.?\\s?ed\\b\\.?|\\blicence\\b|\\blicenciatura\\b|\\blicenciad[oa]\\b|\\blaurea(?:\\s+triennale)?\\b"
                            + "|\\bgrado\\s+en\\b|\\bgraduação\\b|\\bbacharel(?:ado)?\\b|\\bbac\\s?\\+\\s?3\\b|\\bundergraduate\\s+degree\\b"
                            + "|کارشناسی|لیسانس|بكالوريوس|بكالوريوس|ليسانس"),
            rule(
                    EducationLevel.BACHELOR,
                    0,
                    "\\b(?:B\\.S\\.|B\\.A\\.|B\\.F\\.A\\.|B\\.S|B\\.A)(?=[\\s,:;)]|$)|\\b(?:BS|BA|BFA|BSN|BSBA|BSc|BEng)\\b(?=[\\s,.:;)]|$)"),
            rule(
                    EducationLevel.ASSOCIATE,
                    CI,
                    "\\bassociate(?:'?s)?\\s+(?:of|in|degree)\\b|\\bassociate\\s+of\\s+\\p{L}+|\\ba\\.a\\.s\\b\\.?|\\bbts\\b|\\bdut\\b"
                            + "|\\btécnico\\s+superior\\b|\\btecnólogo\\b|\\bfachwirt\\b|کاردانی|فوق\\s*دیپلم"),
            rule(EducationLevel.ASSOCIATE, 0, "\\b(?:A\\.A\\.|A\\.S\\.|AAS|AS\\s+degree|AA\\s+degree)(?=[\\s,.:;)]|$)"),
            rule(
                    EducationLevel.HIGH_SCHOOL,
                    CI,
                    "\\bhigh\\s+school\\b|\\bsecondary\\s+school\\b|\\bged\\b|\\bg\\.e\\.d\\b\\.?|\\babitur\\b|\\bfachabitur\\b"
                            + "|\\bmatura\\b|\\bbaccalauréat\\b|\\bbachillerato\\b|\\bensino\\s+médio\\b|\\bmaturità\\b|\\bhavo\\b|\\bvwo\\b"
                            + "|\\ba[\\s-]levels?\\b|\\bgcse\\b|دیپلم(?!\\s*فنی)|الثانوية"),
            rule(
                    EducationLevel.CERTIFICATE,
                    CI,
                    "\\bcertificate\\b|\\bcertification\\b|\\bdiploma\\b|\\bvocational\\b|\\bapprenticeship\\b|\\bausbildung\\b"
                            + "|\\bberufsausbildung\\b|\\bcertificat\\b|\\bcertificado\\b|\\bcertificação\\b|\\battestato\\b|دیپلم\\s*فنی|شهادة"));

    private DegreeLevels() {}

    /** A degree found in a line: its level and where it was written. */
    record Found(EducationLevel level, int start, int end) {}

    static Optional<Found> find(String text) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                return Optional.of(new Found(rule.level(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Rule rule(EducationLevel level, int flags, String regex) {
        return new Rule(level, Pattern.compile(regex, flags));
    }
}
