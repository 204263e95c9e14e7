package org.linebench.dsl.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;

/**
 * Finds and verifies the model card a line file's model attachment names. Verification hashes the
 * model file: the result is kept per card and model file while neither changes (the editor
 * validates on every keystroke).
 */
final class ModelAttachments {
  private record Key(Path card, FileTime cardTime, long cardSize, FileTime modelTime, long modelSize) {}

  private static final Map<Path, Map.Entry<Key, Object>> CACHE = new ConcurrentHashMap<>();

  private ModelAttachments() {}

  /** The card's path, relative to the line file's folder; null when the line file is not a file. */
  static Path cardPath(Resource resource, String card) {
    if (resource == null || resource.getURI() == null || card == null) {
      return null;
    }
    URI uri = resource.getURI();
    if (!uri.isFile()) {
      uri = CommonPlugin.resolve(uri);
    }
    if (!uri.isFile()) {
      return null;
    }
    Path folder = Path.of(uri.toFileString()).toAbsolutePath().getParent();
    return folder.resolve(card).normalize();
  }

  /** The verified card; throws the verification's error. */
  static ModelCard verify(Path card) throws ModelException {
    Key key = key(card);
    Map.Entry<Key, Object> cached = key == null ? null : CACHE.get(card);
    Object result;
    if (cached != null && cached.getKey().equals(key)) {
      result = cached.getValue();
    } else {
      try {
        result = ModelFolder.verify(card);
      } catch (ModelException e) {
        result = e;
      }
      if (key != null) {
        CACHE.put(card, Map.entry(key, result));
      }
    }
    if (result instanceof ModelException e) {
      throw e;
    }
    return (ModelCard) result;
  }

  private static Key key(Path card) {
    try {
      Path model = ModelFolder.modelFile(card);
      boolean hasModel = model != null && Files.exists(model);
      return new Key(card, Files.getLastModifiedTime(card), Files.size(card), hasModel ? Files.getLastModifiedTime(model) : null,
          hasModel ? Files.size(model) : -1);
    } catch (IOException e) {
      return null;
    }
  }
}
