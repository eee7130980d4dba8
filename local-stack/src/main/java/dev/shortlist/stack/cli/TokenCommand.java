package dev.shortlist.stack.cli;

import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.auth.DevTokenIssuer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "token", description = "Print a development JWT for an organization and role.")
final class TokenCommand implements Callable<Integer> {

    @Option(names = "--org", required = true, description = "Organization id (claim org_id).")
    String organization;

    @Option(
            names = "--role",
            defaultValue = "recruiter",
            description = "viewer, recruiter or admin (default: ${DEFAULT-VALUE}).")
    String role;

    @Option(names = "--minutes", defaultValue = "60", description = "Validity in minutes (default: ${DEFAULT-VALUE}).")
    long minutes;

    @Override
    public Integer call() {
        StackSettings settings = StackSettings.fromEnvironment();
        Path keys = new AppServices(ShortlistCli.repository(), settings).devIssuerDir();
        System.out.println(DevTokenIssuer.inDirectory(keys)
                .token(organization, List.of(role.split(",")), Duration.ofMinutes(minutes)));
        return 0;
    }
}
