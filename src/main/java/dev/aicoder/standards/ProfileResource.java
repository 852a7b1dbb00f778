package dev.aicoder.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.analysis.standards.profile.Profile;
import dev.aicoder.analysis.standards.profile.ProfileCatalog;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.source.Language;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/standards/profiles")
@Tag(name = "standards")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileStore store;
    private final CurrentUser current;
    private final ProfileCatalog catalog = ProfileCatalog.builtIn();

    public ProfileResource(ProfileStore store, CurrentUser current) {
        this.store = store;
        this.current = current;
    }

    /** A built-in profile; {@code builtInDefault} when it applies to its language if nothing else is chosen. */
    public record ProfileView(String language, String name, String title, String url, boolean builtInDefault) {
    }

    /** The profiles there are, and the organisation's choice per language (language id → profile name). */
    public record Profiles(List<ProfileView> profiles, Map<String, String> selected) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Standards profiles per language and the ones your organisation chose")
    public Uni<Profiles> get() {
        return store.get(current.caller().tenantId()).map(this::view);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Choose your organisation's profile per language ({\"java\": \"sun\", \"python\": "
            + "\"black\"}; replaces the whole choice); a scan request's profiles and a repository's .aicoder.yml "
            + "still win")
    public Uni<Profiles> put(Map<String, String> choice) {
        if (choice == null) {
            throw ApiException.unprocessable("invalid-profiles", "send {\"language\": \"profile\", ...}");
        }
        Map<String, String> checked = ProfileChoices.checked(choice);
        Caller caller = current.caller();
        return store.replace(caller.tenantId(), caller.userId(), checked).map(this::view);
    }

    private Profiles view(Map<String, String> selected) {
        List<ProfileView> all = new ArrayList<>();
        for (Profile p : catalog.all()) {
            for (Language l : p.languages()) {
                boolean isDefault = catalog.defaultFor(l).map(d -> d.id().equals(p.id())).orElse(false);
                all.add(new ProfileView(l.id(), p.name(), p.title(), p.url(), isDefault));
            }
        }
        return new Profiles(all, selected);
    }
}
