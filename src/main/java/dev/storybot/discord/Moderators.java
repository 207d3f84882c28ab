package dev.storybot.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;

import java.util.Collection;
import java.util.List;

/**
 * Who counts as a moderator for {@code /kb refresh|upload|remove}: a member with Manage Server (or
 * Administrator), or with the configured moderator role. Checked on every use, whatever Discord's command
 * permissions say, since a server can change those. Thread-safe (immutable).
 */
final class Moderators {

    /** The permission that Discord's default member permissions of {@code /kb} ask for. */
    static final Permission PERMISSION = Permission.MANAGE_SERVER;

    private final String moderatorRoleId;

    /** @param moderatorRoleId id of a role whose members are moderators too; blank for none */
    Moderators(String moderatorRoleId) {
        this.moderatorRoleId = moderatorRoleId == null ? "" : moderatorRoleId.strip();
    }

    /**
     * Whether a member with these permissions (raw bits, as Discord computes them in the channel) and these
     * role ids is a moderator.
     */
    boolean allows(long permissions, Collection<String> roleIds) {
        long needed = PERMISSION.getRawValue();
        long admin = Permission.ADMINISTRATOR.getRawValue();
        return (permissions & needed) == needed || (permissions & admin) == admin
                || (!moderatorRoleId.isEmpty() && roleIds.contains(moderatorRoleId));
    }

    /** Whether {@code member} (null outside a server) is a moderator in {@code channel}. */
    boolean allows(Member member, GuildChannel channel) {
        if (member == null || channel == null) {
            return false;
        }
        long permissions = Permission.getRaw(member.getPermissions(channel));
        // a member of a server the bot has not cached (no bot user in it) cannot list its roles
        List<String> roles = member.isDetached() ? List.of() : member.getRoles().stream().map(ISnowflake::getId).toList();
        return allows(permissions, roles);
    }
}
