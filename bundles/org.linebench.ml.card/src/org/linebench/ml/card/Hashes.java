package org.linebench.ml.card;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, as model cards record the hashes of training data and model files. */
public final class Hashes {
  private Hashes() {}

  /** A new SHA-256 digest (every Java has one). */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The digest's hash in lower-case hex; the digest is reset. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** SHA-256 of the bytes in lower-case hex. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }
}
