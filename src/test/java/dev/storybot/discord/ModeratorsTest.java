package dev.storybot.discord;

import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModeratorsTest {

    private static final long MANAGE_SERVER = Permission.MANAGE_SERVER.getRawValue();
    private static final long ADMINISTRATOR = Permission.ADMINISTRATOR.getRawValue();
    private static final long MEMBER = Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND);

    @Test
    void manageServerOrAdministratorMakesAModerator() {
        Moderators moderators = new Moderators("");
        assertThat(moderators.allows(MEMBER | MANAGE_SERVER, List.of())).isTrue();
        assertThat(moderators.allows(ADMINISTRATOR, List.of())).isTrue();
        assertThat(moderators.allows(MEMBER, List.of())).isFalse();
    }

    @Test
    void theConfiguredModeratorRoleCountsToo() {
        Moderators moderators = new Moderators("555555555555");
        assertThat(moderators.allows(MEMBER, List.of("111", "555555555555"))).isTrue();
        assertThat(moderators.allows(MEMBER, List.of("111"))).isFalse();
    }

    @Test
    void withoutAConfiguredRoleNoRoleCounts() {
        Moderators moderators = new Moderators(" ");
        assertThat(moderators.allows(MEMBER, List.of("", " "))).isFalse();
    }

    @Test
    void noMemberIsNoModerator() {
        assertThat(new Moderators("1").allows(null, null)).isFalse();
    }
}
