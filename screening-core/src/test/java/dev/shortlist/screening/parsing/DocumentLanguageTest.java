package dev.shortlist.screening.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The document language a recruiter's language requirement is checked against. */
class DocumentLanguageTest {

    private static final String ENGLISH = """
            Senior Accountant
            Summary
            Accountant with eight years of experience in month-end close, audits and tax filings for manufacturers.
            Known for accurate reconciliations and for building the reporting that the finance team uses every week.
            Experience
            Senior Accountant, Company Name, City, State. Led the month-end close for three entities and prepared
            the annual audit file. Reduced the close from ten to six days by automating the bank reconciliations.
            Staff Accountant. Reconciled accounts, prepared sales tax returns and supported the external auditors.
            """;

    private static final String GERMAN = """
            Softwareentwicklerin
            Profil
            Backend-Entwicklerin mit sechs Jahren Erfahrung in Java und Spring Boot. Ich arbeite gern im Team und
            übernehme Verantwortung für den Betrieb der Dienste, die wir bauen. Erfahrung mit Kafka und PostgreSQL.
            Berufserfahrung
            Senior Software Engineer bei der Firma Beispiel GmbH in Berlin. Entwicklung von Microservices für die
            Zahlungsabwicklung, Einführung von Continuous Delivery und Betreuung der Auszubildenden im Team.
            Ausbildung
            Master of Science Informatik an der Technischen Universität München, Abschluss mit Auszeichnung.
            """;

    private static final String SPANISH = """
            Cocinero
            Perfil
            Cocinero con diez años de experiencia en restaurantes de cocina mediterránea. Responsable de la
            planificación de menús, del control de inventario y de la formación del personal de cocina.
            Experiencia
            Jefe de partida en un restaurante de Madrid, encargado de la línea caliente y de los pedidos a los
            proveedores. Ayudante de cocina en un hotel de la costa durante tres temporadas de verano.
            """;

    @Test
    void plainEnglishIsRecognisedWithoutTheDetectorAndAgreesWithIt() {
        assertThat(DocumentLanguage.plainlyEnglish(ENGLISH)).isTrue();
        assertThat(DocumentLanguage.detect(ENGLISH)).isEqualTo("en");
    }

    @Test
    void otherLanguagesGoToTheDetectorEvenWithEnglishWordsInThem() {
        assertThat(DocumentLanguage.plainlyEnglish(GERMAN)).isFalse();
        assertThat(DocumentLanguage.detect(GERMAN)).isEqualTo("de");
        assertThat(DocumentLanguage.plainlyEnglish(SPANISH)).isFalse();
        assertThat(DocumentLanguage.detect(SPANISH)).isEqualTo("es");
    }

    @Test
    void anEnglishResumeWithAParagraphInAnotherLanguageIsNotTakenForPlainEnglish() {
        assertThat(DocumentLanguage.plainlyEnglish(ENGLISH + SPANISH)).isFalse();
    }

    @Test
    void shortTextsAndOtherScriptsAreLeftToTheDetector() {
        assertThat(DocumentLanguage.plainlyEnglish("Senior Accountant with the audit team"))
                .isFalse();
        assertThat(DocumentLanguage.plainlyEnglish(ENGLISH + "\nمهندس نرم افزار"))
                .isFalse();
        assertThat(DocumentLanguage.detect(
                        "مهندس نرم افزار با پنج سال سابقه در توسعه نرم افزارهای سازمانی و مدیریت پروژه"))
                .isEqualTo("fa");
    }
}
