package dev.storybot.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SlashCommandsTest {

    private final Map<String, SlashCommandData> commands = StorybotListener.commandData().stream()
            .map(SlashCommandData.class::cast)
            .collect(Collectors.toMap(CommandData::getName, Function.identity()));

    @Test
    void askHelpAndKbAreRegisteredForServers() {
        assertThat(commands).containsOnlyKeys("ask", "kb", "help");
        commands.values().forEach(c -> assertThat(c.getContexts()).containsExactly(InteractionContextType.GUILD));
    }

    @Test
    void askTakesAQuestionOfAtMost300CharactersAndAPrivateOption() {
        SlashCommandData ask = commands.get("ask");
        assertThat(ask.getOptions()).extracting(o -> o.getName()).containsExactly("question", "private");
        assertThat(ask.getOptions().get(0).isRequired()).isTrue();
        assertThat(ask.getOptions().get(0).getMaxLength()).isEqualTo(300);
        assertThat(ask.getOptions().get(1).getType()).isEqualTo(OptionType.BOOLEAN);
        assertThat(ask.getDefaultPermissions()).isEqualTo(DefaultMemberPermissions.ENABLED);
    }

    @Test
    void kbIsHiddenFromMembersWithoutManageServerAndRemoveAutocompletes() {
        SlashCommandData kb = commands.get("kb");
        assertThat(kb.getDefaultPermissions().getPermissionsRaw()).isEqualTo(Permission.MANAGE_SERVER.getRawValue());
        Map<String, SubcommandData> subs = kb.getSubcommands().stream()
                .collect(Collectors.toMap(SubcommandData::getName, Function.identity()));
        assertThat(subs).containsOnlyKeys("status", "refresh", "upload", "remove");
        assertThat(subs.get("upload").getOptions()).singleElement()
                .satisfies(o -> assertThat(o.getType()).isEqualTo(OptionType.ATTACHMENT));
        assertThat(subs.get("remove").getOptions()).singleElement().satisfies(o -> assertThat(o.isAutoComplete()).isTrue());
    }

    @Test
    void onlyStorybotsOwnCommandsAreHandled() {
        assertThat(List.of("ask", "kb", "help")).allMatch(SlashCommands::isOurs);
        assertThat(SlashCommands.isOurs("play")).isFalse();
    }
}
