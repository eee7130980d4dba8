package dev.shortlist.screening.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Synthetic resumes in every supported format and many layouts, each with a known ground truth,
 * parsed end to end from their bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResumeParserTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

    private ResumeParser parser;

    @BeforeAll
    void buildParser() {
        parser = new ResumeParser(ParserSettings.defaults(), TestTaxonomy.create());
    }

    @AfterAll
    void closeParser() {
        parser.close();
    }

    @Test
    void singleColumnPdf() {
        ResumeProfile p = parsed(Documents.pdf(List.of(
                "Jane Doe",
                "Austin, TX | jane.doe@example.com | (512) 471-3434 | linkedin.com/in/janedoe",
                "Summary",
                "Backend engineer with eight years of Java and Python experience.",
                "Experience",
                "Senior Software Engineer, Acme Corp",
                "Jan 2019 – Present",
                "• Built payment services in Java and Spring Boot on Kubernetes.",
                "• Ran PostgreSQL clusters on AWS.",
                "Software Engineer, Globex Inc",
                "Jun 2015 – Dec 2018",
                "• Wrote Python data pipelines and SQL reports.",
                "Education",
                "B.S. in Computer Science, University of Texas at Austin, 2015",
                "Skills",
                "Java, Python, Docker, Kubernetes, PostgreSQL")));

        assertThat(p.mediaType()).isEqualTo("application/pdf");
        assertThat(p.contact().name()).isEqualTo("Jane Doe");
        assertThat(p.contact().email()).isEqualTo("jane.doe@example.com");
        assertThat(p.contact().phone()).isEqualTo("+15124713434");
        assertThat(p.contact().location()).isEqualTo("Austin, TX");
        assertThat(p.contact().links()).extracting(Contact.Link::kind).containsExactly("LINKEDIN");
        assertThat(p.summary()).startsWith("Backend engineer");
        assertThat(p.experience()).hasSize(2);
        ExperienceEntry current = p.experience().get(0);
        assertThat(current.title()).isEqualTo("Senior Software Engineer");
        assertThat(current.company()).isEqualTo("Acme Corp");
        assertThat(current.start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(current.current()).isTrue();
        assertThat(current.end()).isNull();
        assertThat(current.months()).isEqualTo(95);
        assertThat(current.description()).contains("payment services");
        ExperienceEntry previous = p.experience().get(1);
        assertThat(previous.start()).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(previous.end()).isEqualTo(LocalDate.of(2018, 12, 1));
        assertThat(previous.months()).isEqualTo(43);
        assertThat(p.totalYears()).isEqualTo(11.5);
        assertThat(p.education()).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(EducationLevel.BACHELOR);
            assertThat(e.field()).isEqualTo("Computer Science");
            assertThat(e.institution()).isEqualTo("University of Texas at Austin");
            assertThat(e.end()).isEqualTo(LocalDate.of(2015, 1, 1));
        });
        assertThat(skill(p, "tech.java").monthsUsed()).isEqualTo(95);
        assertThat(skill(p, "tech.python").monthsUsed()).isEqualTo(43);
        assertThat(skill(p, "tech.docker").monthsUsed()).isNull();
        assertThat(skill(p, "tech.python").evidence())
                .extracting(SkillMention.Evidence::section)
                .contains(Section.SUMMARY, Section.EXPERIENCE, Section.SKILLS);
        assertThat(p.missingFields()).isEmpty();
        assertThat(p.documentLanguage()).isEqualTo("en");
        assertThat(p.parserVersion()).isEqualTo("parser-1.2.0");
        assertThat(p.taxonomyVersion()).isEqualTo("test-1");
    }

    @Test
    void evidenceOffsetsPointIntoTheExtractedText() {
        ResumeProfile p = parsed(Documents.txt(List.of("Ann Lee", "Skills", "Kubernetes (k8s), Postgres")));

        for (SkillMention skill : p.skills()) {
            for (SkillMention.Evidence evidence : skill.evidence()) {
                assertThat(p.text().substring(evidence.start(), evidence.end())).isEqualTo(evidence.text());
            }
        }
        assertThat(skill(p, "tech.kubernetes").evidence())
                .extracting(SkillMention.Evidence::text)
                .containsExactly("Kubernetes", "k8s");
        assertThat(skill(p, "tech.postgresql").evidence())
                .extracting(SkillMention.Evidence::text)
                .containsExactly("Postgres");
    }

    @Test
    void twoColumnPdfKeepsTheColumnsApart() {
        ResumeProfile p = parsed(Documents.pdfTwoColumns(
                List.of(
                        "Carlos Mendes",
                        "carlos.mendes@example.org",
                        "+1 415 820 3344",
                        "San Francisco, CA",
                        "",
                        "SKILLS",
                        "React",
                        "Docker",
                        "AWS",
                        "",
                        "LANGUAGES",
                        "English - Native",
                        "Portuguese - Fluent"),
                List.of(
                        "PROFILE",
                        "Frontend developer building React applications for retail teams.",
                        "",
                        "EXPERIENCE",
                        "Frontend Developer | Initech | 03/2020 - 10/2024",
                        "Built React.js dashboards backed by AWS Lambda.",
                        "Web Developer | Hooli | 06/2017 - 02/2020",
                        "Maintained Docker based build pipelines.",
                        "",
                        "EDUCATION",
                        "Bachelor of Arts in Design, California College of the Arts, 2017")));

        assertThat(p.contact().name()).isEqualTo("Carlos Mendes");
        assertThat(p.contact().phone()).isEqualTo("+14158203344");
        assertThat(p.contact().location()).isEqualTo("San Francisco, CA");
        assertThat(p.experience())
                .extracting(ExperienceEntry::title)
                .containsExactly("Frontend Developer", "Web Developer");
        assertThat(p.experience()).extracting(ExperienceEntry::company).containsExactly("Initech", "Hooli");
        assertThat(p.experience()).extracting(ExperienceEntry::months).containsExactly(56, 33);
        assertThat(p.totalYears()).isEqualTo(7.4);
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(p.languages())
                .containsExactly(new SpokenLanguage("en", "NATIVE"), new SpokenLanguage("pt", "FLUENT"));
        assertThat(p.skills()).extracting(SkillMention::skillId).contains("tech.react", "tech.docker", "tech.aws");
        assertThat(skill(p, "tech.react").monthsUsed()).isEqualTo(56);
    }

    @Test
    void tableLikePdfWithDatesInTheFirstColumn() {
        List<Documents.Placed> items = new ArrayList<>();
        items.add(new Documents.Placed(50, 760, "Priya Raman", true));
        items.add(Documents.Placed.at(50, 745, "priya.raman@example.com · +44 20 7946 0958"));
        items.add(new Documents.Placed(50, 715, "WORK HISTORY", true));
        String[][] rows = {
            {"2018 - 2022", "Data Analyst", "Contoso Ltd", "London, UK"},
            {"2014 - 2018", "Junior Analyst", "Fabrikam", "Leeds, UK"}
        };
        float y = 700;
        for (String[] row : rows) {
            float[] x = {50, 150, 300, 450};
            for (int c = 0; c < row.length; c++) {
                items.add(Documents.Placed.at(x[c], y, row[c]));
            }
            items.add(Documents.Placed.at(150, y - 14, "Automated Excel reports with Python."));
            y -= 40;
        }
        items.add(new Documents.Placed(50, y, "EDUCATION", true));
        items.add(Documents.Placed.at(50, y - 15, "2010 - 2014"));
        items.add(Documents.Placed.at(150, y - 15, "BSc Mathematics"));
        items.add(Documents.Placed.at(300, y - 15, "University of Leeds"));
        ResumeProfile p = parsed(Documents.pdfPlaced(items));

        assertThat(p.contact().name()).isEqualTo("Priya Raman");
        assertThat(p.contact().phone()).isEqualTo("+442079460958");
        assertThat(p.experience()).hasSize(2);
        assertThat(p.experience()).extracting(ExperienceEntry::title).containsExactly("Data Analyst", "Junior Analyst");
        assertThat(p.totalYears()).isEqualTo(8.0);
        assertThat(p.education()).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(EducationLevel.BACHELOR);
            assertThat(e.institution()).isEqualTo("University of Leeds");
            assertThat(e.start()).isEqualTo(LocalDate.of(2010, 1, 1));
        });
        assertThat(skill(p, "tech.excel").monthsUsed()).isEqualTo(96);
    }

    @Test
    void textWithoutHeadingsStillYieldsDatedExperience() {
        ResumeProfile p = parsed(Documents.pdf(List.of(
                "Tom Becker",
                "tom.becker@example.com",
                "Warehouse Supervisor, Northwind Traders, 2016 - 2021",
                "Led a team of twelve and kept inventory in Excel.",
                "Forklift Operator, Contoso Logistics, 2012 - 2016",
                "Loaded and unloaded trucks safely.")));

        assertThat(p.sections()).extracting(ResumeProfile.SectionSpan::section).containsOnly(Section.OTHER);
        assertThat(p.contact().name()).isEqualTo("Tom Becker");
        assertThat(p.experience())
                .extracting(ExperienceEntry::company)
                .containsExactly("Northwind Traders", "Contoso Logistics");
        assertThat(p.totalYears()).isEqualTo(9.0);
        assertThat(p.missingFields())
                .containsExactly(
                        MissingField.PHONE, MissingField.LOCATION, MissingField.SUMMARY, MissingField.EDUCATION);
    }

    @Test
    void allCapsNumberedHeadingsWithColons() {
        ResumeProfile p = parsed(Documents.pdf(List.of(
                "ALEX KIM",
                "Seattle, WA  •  alex.kim@example.net  •  206-543-2100",
                "1. PROFESSIONAL SUMMARY:",
                "Cloud engineer focused on AWS and Kubernetes.",
                "2. WORK EXPERIENCE:",
                "DevOps Engineer at Contoso — Seattle, WA",
                "01/2019 - 06/2021",
                "Automated Kubernetes deployments with Docker and Python.",
                "Systems Administrator at Fabrikam",
                "2016 to 2018",
                "3. EDUCATION:",
                "M.Sc. Computer Science — University of Washington (2016)",
                "4. CERTIFICATIONS:",
                "AWS Certified Solutions Architect, CKA")));

        assertThat(p.contact().name()).isEqualTo("ALEX KIM");
        assertThat(p.contact().phone()).isEqualTo("+12065432100");
        assertThat(p.experience())
                .extracting(ExperienceEntry::title)
                .containsExactly("DevOps Engineer", "Systems Administrator");
        assertThat(p.experience()).extracting(ExperienceEntry::company).containsExactly("Contoso", "Fabrikam");
        assertThat(p.experience().get(0).location()).isEqualTo("Seattle, WA");
        assertThat(p.totalYears()).isEqualTo(4.5);
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.MASTER);
        assertThat(p.education().get(0).institution()).isEqualTo("University of Washington");
        assertThat(p.certifications()).containsExactly("AWS Certified Solutions Architect", "CKA");
        assertThat(p.summary()).isEqualTo("Cloud engineer focused on AWS and Kubernetes.");
    }

    @Test
    void underlinedHeadingsSinceAndTwoDigitYears() {
        ResumeProfile p = parsed(Documents.pdf(List.of(
                "Maria Rossi",
                "maria.rossi@example.it | +39 06 6982 1234",
                "Experience",
                "----------",
                "Lead Data Scientist, Lumen Analytics, Since 2020",
                "Python and SQL models for demand forecasting.",
                "Data Scientist, Orbit Labs, Jan '17 - Dec '19",
                "Education",
                "=========",
                "PhD in Statistics, Sapienza University of Rome, 2016")));

        assertThat(p.contact().phone()).isEqualTo("+390669821234");
        assertThat(p.experience()).hasSize(2);
        assertThat(p.experience().get(0).current()).isTrue();
        assertThat(p.experience().get(0).start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(p.experience().get(1).start()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(p.experience().get(1).end()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(p.totalYears()).isEqualTo(9.9);
        assertThat(p.education()).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(EducationLevel.DOCTORATE);
            assertThat(e.field()).isEqualTo("Statistics");
        });
    }

    @Test
    void docxParagraphsWithHeadingStylesAndIsoDates() {
        ResumeProfile p = parsed(Documents.docx(List.of(
                "Lena Fischer",
                "lena.fischer@example.de",
                "Berlin, Germany",
                "# Professional Experience",
                "Backend Developer – Zalando SE – 2019-01 – 2021-12",
                "Developed Java microservices with Spring Boot and PostgreSQL.",
                "# Education",
                "Master of Science in Computer Science, Technische Universität Berlin, 2018",
                "# Skills",
                "Java; Spring Boot; Postgres; Docker")));

        assertThat(p.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(p.contact().name()).isEqualTo("Lena Fischer");
        assertThat(p.contact().location()).isEqualTo("Berlin, Germany");
        assertThat(p.experience()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Backend Developer");
            assertThat(e.company()).isEqualTo("Zalando SE");
            assertThat(e.months()).isEqualTo(36);
        });
        assertThat(p.totalYears()).isEqualTo(3.0);
        assertThat(p.education()).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(EducationLevel.MASTER);
            assertThat(e.degree()).isEqualTo("Master of Science");
            assertThat(e.institution()).isEqualTo("Technische Universität Berlin");
        });
        assertThat(skill(p, "tech.postgresql").evidence()).hasSize(2);
        assertThat(skill(p, "tech.postgresql").monthsUsed()).isEqualTo(36);
        assertThat(p.missingFields()).containsExactly(MissingField.PHONE, MissingField.SUMMARY);
    }

    @Test
    void docxWithExperienceInATable() {
        ResumeProfile p = parsed(Documents.docxWithTable(
                List.of("Omar Haddad", "omar.haddad@example.com", "+1 646 761 2290", "Experience"),
                List.of(
                        List.of("Sep 2018 - Present", "Product Manager", "Acme Health"),
                        List.of("Jul 2014 - Aug 2018", "Business Analyst", "Globex Bank")),
                List.of("Education", "MBA, Columbia Business School, 2014", "Skills", "SQL, Excel, Python")));

        assertThat(p.contact().phone()).isEqualTo("+16467612290");
        assertThat(p.experience()).hasSize(2);
        assertThat(p.experience())
                .extracting(ExperienceEntry::title)
                .containsExactly("Product Manager", "Business Analyst");
        assertThat(p.totalYears()).isEqualTo(12.4);
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.MASTER);
        assertThat(p.skills())
                .extracting(SkillMention::skillId)
                .containsExactly("tech.sql", "tech.excel", "tech.python");
    }

    @Test
    void rtf() {
        ResumeProfile p = parsed(Documents.rtf(List.of(
                "Grace Liu",
                "grace.liu@example.com | 312-996-4400 | Chicago, IL",
                "OBJECTIVE",
                "Accountant seeking a senior role in a growing firm.",
                "EMPLOYMENT HISTORY",
                "Staff Accountant - Northwind LLC - May 2017 to Aug 2022",
                "Prepared Excel reconciliations every month.",
                "EDUCATION",
                "Associate of Applied Science in Accounting, Harold Washington College, 2016")));

        assertThat(p.mediaType()).isEqualTo("application/rtf");
        assertThat(p.contact().name()).isEqualTo("Grace Liu");
        assertThat(p.contact().phone()).isEqualTo("+13129964400");
        assertThat(p.experience()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Staff Accountant");
            assertThat(e.company()).isEqualTo("Northwind LLC");
            assertThat(e.months()).isEqualTo(64);
        });
        assertThat(p.totalYears()).isEqualTo(5.3);
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.ASSOCIATE);
        assertThat(p.summary()).contains("senior role");
    }

    @Test
    void odtWithInlineSkillsHeading() {
        ResumeProfile p = parsed(Documents.odt(List.of(
                "Sam Taylor",
                "sam.taylor@example.org",
                "Skills: Python, SQL, Docker",
                "Experience",
                "Data Engineer, Initech, 2019 - 2023",
                "Built Python ETL jobs on Docker.",
                "Education",
                "High School Diploma, Lincoln High School, 2012")));

        assertThat(p.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(p.sections())
                .extracting(ResumeProfile.SectionSpan::section)
                .contains(Section.SKILLS, Section.EXPERIENCE);
        assertThat(p.totalYears()).isEqualTo(4.0);
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.HIGH_SCHOOL);
        assertThat(skill(p, "tech.sql").evidence())
                .extracting(SkillMention.Evidence::section)
                .containsExactly(Section.SKILLS);
        assertThat(skill(p, "tech.python").monthsUsed()).isEqualTo(48);
        assertThat(p.missingFields())
                .contains(MissingField.PHONE)
                .doesNotContain(MissingField.SKILLS, MissingField.EDUCATION);
    }

    @Test
    void html() {
        ResumeProfile p = parsed(Documents.html(List.of(
                "Nina Patel",
                "nina.patel@example.com",
                "# Summary",
                "Registered nurse with a focus on intensive care.",
                "# Experience",
                "Registered Nurse — St. Mary Hospital — 2015 – 2020",
                "# Education",
                "Bachelor of Science in Nursing (BSN), 2014",
                "# Certifications",
                "BLS",
                "ACLS")));

        assertThat(p.mediaType()).isEqualTo("text/html");
        assertThat(p.contact().name()).isEqualTo("Nina Patel");
        assertThat(p.totalYears()).isEqualTo(5.0);
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(p.certifications()).containsExactly("BLS", "ACLS");
        assertThat(p.missingFields()).contains(MissingField.SKILLS, MissingField.PHONE);
    }

    @Test
    void plainTextWithLetterSpacedHeadingsAndGed() {
        ResumeProfile p = parsed(Documents.txt(List.of(
                "MIKE JOHNSON",
                "mike.j@example.com   (303) 492-1411",
                "",
                "E X P E R I E N C E",
                "Line Cook, The Blue Door, Denver, CO      Mar 2021 - Now",
                "Prep Cook, Olive Garden, Aurora, CO       Jun 2019 - Feb 2021",
                "",
                "E D U C A T I O N",
                "GED, 2018")));

        assertThat(p.mediaType()).isEqualTo("text/plain");
        assertThat(p.contact().name()).isEqualTo("MIKE JOHNSON");
        assertThat(p.contact().phone()).isEqualTo("+13034921411");
        assertThat(p.experience()).extracting(ExperienceEntry::title).containsExactly("Line Cook", "Prep Cook");
        assertThat(p.experience()).extracting(ExperienceEntry::location).containsExactly("Denver, CO", "Aurora, CO");
        assertThat(p.experience().get(0).current()).isTrue();
        assertThat(p.totalYears()).isEqualTo(7.5);
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.HIGH_SCHOOL);
    }

    @Test
    void germanDocx() {
        ResumeProfile p = parsed(Documents.docx(List.of(
                "Jonas Weber",
                "jonas.weber@example.de | +49 30 12345678",
                "Profil",
                "Erfahrener Softwareentwickler mit Schwerpunkt auf verteilten Systemen und Cloud-Plattformen.",
                "Berufserfahrung",
                "Softwareentwickler, SAP SE, Walldorf",
                "seit 03/2020",
                "Entwicklung von Java-Diensten mit Kubernetes für die Finanzbuchhaltung.",
                "Werkstudent, Siemens AG, München",
                "01.2017 – 02.2020",
                "Ausbildung",
                "Diplom-Informatiker, Technische Universität München, 2016",
                "Kenntnisse",
                "Java, Python, Kubernetes",
                "Sprachen",
                "Deutsch (Muttersprache), Englisch (C1)")));

        assertThat(p.documentLanguage()).isEqualTo("de");
        assertThat(p.contact().phone()).isEqualTo("+493012345678");
        assertThat(p.experience()).hasSize(2);
        assertThat(p.experience().get(0).current()).isTrue();
        assertThat(p.experience().get(0).start()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(p.experience().get(1).end()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(p.totalYears()).isEqualTo(9.9);
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.MASTER);
        assertThat(p.education().get(0).institution()).isEqualTo("Technische Universität München");
        assertThat(p.languages()).containsExactly(new SpokenLanguage("de", "NATIVE"), new SpokenLanguage("en", "C1"));
        assertThat(p.summary()).startsWith("Erfahrener");
        assertThat(skill(p, "tech.kubernetes").monthsUsed()).isEqualTo(81);
    }

    @Test
    void frenchPdf() {
        ResumeProfile p = parsed(Documents.pdf(List.of(
                "Camille Durand",
                "camille.durand@example.fr · +33 1 42 68 53 00",
                "Profil",
                "Ingénieure logiciel passionnée par les données et le développement web.",
                "Expérience professionnelle",
                "Développeuse Python, Société Générale, Paris — janvier 2018 – actuel",
                "Conception de services Python et SQL pour l'équipe de données.",
                "Stagiaire, Capgemini, Lyon — juin 2016 à décembre 2017",
                "Formation",
                "Master en informatique, Université Paris-Saclay, 2017",
                "Licence de mathématiques, Université de Lyon, 2015",
                "Langues",
                "Français (langue maternelle), Anglais (courant)")));

        assertThat(p.documentLanguage()).isEqualTo("fr");
        assertThat(p.contact().name()).isEqualTo("Camille Durand");
        assertThat(p.contact().phone()).isEqualTo("+33142685300");
        assertThat(p.experience()).hasSize(2);
        assertThat(p.experience().get(0).current()).isTrue();
        assertThat(p.totalYears()).isEqualTo(10.5);
        assertThat(p.education())
                .extracting(EducationEntry::level)
                .containsExactly(EducationLevel.MASTER, EducationLevel.BACHELOR);
        assertThat(p.languages())
                .containsExactly(new SpokenLanguage("fr", "NATIVE"), new SpokenLanguage("en", "FLUENT"));
    }

    @Test
    void spanishHtml() {
        ResumeProfile p = parsed(Documents.html(List.of(
                "Lucía Fernández",
                "lucia.fernandez@example.es | +34 912 345 678",
                "# Resumen",
                "Analista de datos con experiencia en la banca y el comercio minorista.",
                "# Experiencia",
                "Analista de Datos, BBVA, Madrid",
                "enero de 2017 - actualidad",
                "Informes con SQL y Excel para el equipo de riesgos.",
                "# Formación",
                "Licenciatura en Economía, Universidad Complutense de Madrid, 2016",
                "# Idiomas",
                "Español (nativo), Inglés (avanzado)")));

        assertThat(p.documentLanguage()).isEqualTo("es");
        assertThat(p.contact().name()).isEqualTo("Lucía Fernández");
        assertThat(p.contact().phone()).isEqualTo("+34912345678");
        assertThat(p.experience()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Analista de Datos");
            assertThat(e.current()).isTrue();
            assertThat(e.months()).isEqualTo(119);
        });
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(p.languages())
                .containsExactly(new SpokenLanguage("es", "NATIVE"), new SpokenLanguage("en", "ADVANCED"));
    }

    @Test
    void persianDocx() {
        ResumeProfile p = parsed(Documents.docx(List.of(
                "سارا احمدی",
                "sara.ahmadi@example.com",
                "+98 912 345 6789",
                "خلاصه",
                "مهندس نرم‌افزار با پنج سال تجربه در توسعه سامانه‌های وب با جاوا و پایتون و علاقه‌مند به کار تیمی.",
                "سوابق کاری",
                "توسعه‌دهنده نرم‌افزار، شرکت داده‌پردازان، تهران",
                "2019 - اکنون",
                "توسعه سرویس‌های Java و Python برای مشتریان بانکی",
                "تحصیلات",
                "کارشناسی ارشد مهندسی کامپیوتر، دانشگاه تهران، 2018",
                "مهارت‌ها",
                "Java، Python، Docker")));

        assertThat(p.documentLanguage()).isEqualTo("fa");
        assertThat(p.contact().name()).isEqualTo("سارا احمدی");
        assertThat(p.contact().phone()).isEqualTo("+989123456789");
        assertThat(p.experience()).singleElement().satisfies(e -> {
            assertThat(e.current()).isTrue();
            assertThat(e.start()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(e.title()).isNotBlank();
        });
        assertThat(p.totalYears()).isEqualTo(7.9);
        assertThat(p.highestEducation()).isEqualTo(EducationLevel.MASTER);
        assertThat(p.skills())
                .extracting(SkillMention::skillId)
                .containsExactly("tech.java", "tech.python", "tech.docker");
        assertThat(skill(p, "tech.java").monthsUsed()).isEqualTo(95);
    }

    @Test
    void overlappingPositionsAreCountedOnce() {
        ResumeProfile p = parsed(Documents.txt(List.of(
                "Kai Moreno", "Experience", "Consultant, Acme, 2015 - 2020", "Lecturer, City College, 2018 - 2022")));

        assertThat(p.experience()).extracting(ExperienceEntry::months).containsExactly(60, 48);
        assertThat(p.totalYears()).isEqualTo(7.0);
    }

    @Test
    void blankPdfHasNoText() {
        assertFailure(parser.parse(Documents.blankPdf(), REFERENCE), FailureReason.NO_TEXT);
    }

    @Test
    void encryptedPdf() {
        assertFailure(
                parser.parse(Documents.encryptedPdf(List.of("Jane Doe", "Experience")), REFERENCE),
                FailureReason.ENCRYPTED);
    }

    @Test
    void garbageAfterAPdfHeaderIsCorrupt() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);

        assertFailure(parser.parse(bytes, REFERENCE), FailureReason.CORRUPT);
    }

    @Test
    void executablesAreUnsupported() {
        byte[] elf = new byte[512];
        new Random(7).nextBytes(elf);
        byte[] magic = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        System.arraycopy(magic, 0, elf, 0, magic.length);

        assertFailure(parser.parse(elf, REFERENCE), FailureReason.UNSUPPORTED);
    }

    @Test
    void emptyInputHasNoText() {
        assertFailure(parser.parse(new byte[0], REFERENCE), FailureReason.NO_TEXT);
    }

    @Test
    void tooManyBytesOrCharactersAreTooLarge() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            lines.add("Line " + i + " of a very long resume that keeps going and going with Java and Python.");
        }
        byte[] document = Documents.txt(lines);
        try (ResumeParser small =
                new ResumeParser(ParserSettings.defaults().withMaxBytes(10_000), TestTaxonomy.create())) {
            assertFailure(small.parse(document, REFERENCE), FailureReason.TOO_LARGE);
        }
        try (ResumeParser fewChars =
                new ResumeParser(ParserSettings.defaults().withMaxChars(5_000), TestTaxonomy.create())) {
            assertFailure(fewChars.parse(Documents.pdf(lines), REFERENCE), FailureReason.TOO_LARGE);
        }
    }

    @Test
    void slowExtractionTimesOutInsteadOfHoldingTheCaller() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            lines.add("Responsible for line " + i + " of a long description with Java, Python and Kubernetes.");
        }
        byte[] longPdf = Documents.pdf(lines);
        try (ResumeParser impatient =
                new ResumeParser(ParserSettings.defaults().withTimeout(Duration.ofMillis(5)), TestTaxonomy.create())) {
            ParseOutcome outcome = impatient.parse(longPdf, REFERENCE);

            assertFailure(outcome, FailureReason.TIMEOUT);
            assertThat(((ParseOutcome.Failed) outcome).detail()).contains("5 ms");
        }
        // The same document parses within the default limit.
        assertThat(parser.parse(longPdf, REFERENCE)).isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void sameBytesGiveTheSameProfileOnConcurrentThreads() throws Exception {
        byte[] document =
                Documents.pdf(List.of("Jane Doe", "Experience", "Engineer, Acme, Jan 2019 - Present", "Java and SQL."));
        ResumeProfile expected = parsed(document);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParseOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> parser.parse(document, REFERENCE)));
            }
            for (Future<ParseOutcome> future : futures) {
                assertThat(future.get()).isEqualTo(new ParseOutcome.Parsed(expected));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ResumeProfile parsed(byte[] document) {
        ParseOutcome outcome = parser.parse(document, REFERENCE);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).profile();
    }

    private static SkillMention skill(ResumeProfile profile, String id) {
        return profile.skills().stream()
                .filter(s -> s.skillId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no skill " + id + " in " + profile.skills()));
    }

    private static void assertFailure(ParseOutcome outcome, FailureReason reason) {
        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(reason);
            assertThat(failed.detail()).isNotBlank();
            assertThat(failed.parserVersion()).isEqualTo("parser-1.2.0");
        });
    }
}
