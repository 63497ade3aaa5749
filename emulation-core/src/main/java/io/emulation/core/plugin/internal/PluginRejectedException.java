package io.emulation.core.plugin.internal;

import io.emulation.core.EmulationException;
import io.emulation.core.plugin.LoadFailure;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;

/**
 * A plugin a registry builder refuses, with the kind of failure discovery reports for it.
 *
 * @since 0.1
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class PluginRejectedException extends EmulationException {
  private static final long serialVersionUID = 1L;

  private final LoadFailure.Kind kind;
  private final String pluginId;
  /** Not serialized: a deserialized exception explains itself in English, as its message. */
  private final transient Message explanation;

  /**
   * A rejection of the plugin with this id (empty when unknown); {@link #getMessage()} is
   * English, {@link #getMessage(java.util.Locale)} in the reader's language.
   */
  public PluginRejectedException(LoadFailure.Kind kind, String pluginId, Message message,
      Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.pluginId = pluginId;
    this.explanation = message;
  }

  /** Why the plugin was rejected and what to do, to render in the operator's language. */
  public Message explanation() {
    return explanation != null ? explanation : Message.literal(getMessage());
  }

  /** What kind of failure this is. */
  public LoadFailure.Kind kind() {
    return kind;
  }

  /** The rejected plugin's id; empty when it could not be read. */
  public String pluginId() {
    return pluginId;
  }
}
