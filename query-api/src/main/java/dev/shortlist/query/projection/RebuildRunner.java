package dev.shortlist.query.projection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs the {@link RebuildCommand} when the application was started with the {@code rebuild} argument. */
@Component
class RebuildRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildRunner.class);

    private final RebuildCommand command;

    RebuildRunner(RebuildCommand command) {
        this.command = command;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.getNonOptionArgs().contains(RebuildCommand.ARGUMENT)) {
            return;
        }
        ProjectionRebuild.Report report = command.run();
        log.info(
                "Rebuild finished: {} events replayed into version {} in {}; the aliases point at it",
                report.events(),
                report.version(),
                report.took());
    }
}
