package dev.shortlist.screening.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A typical requirement line for each occupation Shortlist screens must yield several skills of
 * that occupation: what a recruiter sees as the "matched skills" of a job.
 */
class OccupationCoverageTest {

    private final SkillTaxonomy taxonomy = Taxonomies.curated();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ACCOUNTANT | accounting | Month-end close, journal entries and bank reconciliations under US GAAP in QuickBooks Online",
                "ADVOCATE | legal | Litigation support: legal research on Westlaw, drafting pleadings, discovery and depositions",
                "AGRICULTURE | agriculture | Crop scouting, irrigation scheduling, soil sampling and tractor operation on a dairy farm",
                "APPAREL | apparel | Tech packs, pattern making and fit sessions with overseas garment production",
                "ARTS | arts | Oil painting, printmaking and curating group exhibitions; gallery operations",
                "AUTOMOBILE | automotive | ASE certified technician: brake repair, wheel alignment, engine diagnostics with OBD-II scan tools",
                "AVIATION | aviation | A&P mechanic performing 100-hour inspections, avionics troubleshooting under FAA regulations",
                "BANKING | banking | Teller transactions, KYC and AML checks, wire transfers and mortgage loan processing",
                "BPO | service | Inbound call center handling escalations, meeting AHT and CSAT targets in Zendesk",
                "BUSINESS-DEVELOPMENT | business | Business development: strategic partnerships, market expansion and revenue growth",
                "CHEF | culinary | Sous chef: menu development, food costing, HACCP and ServSafe, banquet cooking",
                "CONSTRUCTION | construction | Site supervision, estimating and quantity takeoff, OSHA 30, reading blueprints, Procore",
                "CONSULTANT | management | Management consulting on change management, process improvement and stakeholder management",
                "DESIGNER | design | UX design in Figma: wireframes, prototyping, usability testing and design systems",
                "DIGITAL-MEDIA | media | Video editing in Premiere Pro and After Effects, motion graphics, podcast production",
                "ENGINEERING | engineering | SolidWorks design with GD&T, FEA in ANSYS, PLC programming and root cause FMEA",
                "FINANCE | finance | FP&A: financial modeling, forecasting, variance reporting and DCF valuation",
                "FITNESS | fitness | Certified personal trainer (NASM-CPT): strength and conditioning, HIIT classes, nutrition coaching",
                "HEALTHCARE | healthcare | Registered nurse: patient assessment, medication administration, wound care, Epic EHR, BLS",
                "HR | hr | Full-cycle recruiting, onboarding, benefits administration and employee relations in Workday",
                "INFORMATION-TECHNOLOGY | tech | Java and Spring Boot microservices on Kubernetes with PostgreSQL, CI/CD in Jenkins",
                "PUBLIC-RELATIONS | pr | Media relations, press releases, crisis communications and internal communications",
                "SALES | sales | B2B sales: prospecting, cold calling, pipeline management in Salesforce, exceeded quota",
                "TEACHER | education | Lesson planning, classroom management and differentiated instruction for ESL students",
            })
    void typicalRequirementsOfEachOccupationAreFound(String occupation, String domain, String text) {
        Set<String> ids = taxonomy.find(text).stream().map(m -> m.skill().id()).collect(Collectors.toSet());
        assertThat(ids.stream().filter(id -> id.startsWith(domain + ".")))
                .as("%s skills in: %s (found %s)", domain, text, ids)
                .hasSizeGreaterThanOrEqualTo(3);
    }
}
