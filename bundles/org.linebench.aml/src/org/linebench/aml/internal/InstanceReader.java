package org.linebench.aml.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLStreamConstants;

import org.eclipse.osgi.util.NLS;
import org.linebench.aml.AmlException;

/**
 * The second pass of an import: streams the instance hierarchies. An InternalElement whose system
 * unit class says it is a plant or a line (as everything LineBench writes does) is passed on as
 * it is read: its header when its first nested element starts, each nested element when it ends,
 * each of its links, then its end; so a file of any length is read holding one station at a time.
 * Other elements are kept whole until they end, then passed on; a kept element holding more than
 * {@value #MAX_KEPT} elements stops the import.
 */
final class InstanceReader {
  static final int MAX_KEPT = 200_000;
  /** {@link #MAX_KEPT}; lower in tests. */
  static int maxKept = MAX_KEPT;

  /** What the import does with what the reader passes on. */
  interface Handler {
    void hierarchy(String name, CaexNode.FileInfo info, CaexNode.Position at) throws AmlException, IOException;

    /** A plant or line whose header (values, interfaces) has been read. */
    void open(CaexNode container, Kind kind) throws AmlException, IOException;

    /** A whole element, of a plant or line passed on open, or of the hierarchy. */
    void element(CaexNode element) throws AmlException, IOException;

    /** A link that an open plant or line holds. */
    void link(CaexNode container, CaexNode.Link link) throws AmlException, IOException;

    void close(CaexNode container) throws AmlException, IOException;

    void endHierarchy() throws AmlException, IOException;
  }

  private static final class Frame {
    final CaexNode node;
    final Kind streaming;
    boolean opened;

    Frame(CaexNode node, Kind streaming) {
      this.node = node;
      this.streaming = streaming;
    }
  }

  private final Path file;
  private final ClassIndex index;
  private final Classifier classifier;
  private final Handler handler;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private int kept;
  private String hierarchy;

  InstanceReader(Path file, ClassIndex index, Classifier classifier, Handler handler) {
    this.file = file;
    this.index = index;
    this.classifier = classifier;
    this.handler = handler;
  }

  void read() throws IOException, AmlException {
    try (CaexReader r = new CaexReader(file)) {
      r.root();
      while (r.hasNext()) {
        int event = r.next();
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (r.is(Caex.INSTANCE_HIERARCHY)) {
          hierarchy = r.attribute(Caex.NAME);
          handler.hierarchy(hierarchy, index.hierarchyFiles.get(hierarchy), r.position());
          hierarchyContent(r);
          handler.endHierarchy();
        } else if (!r.is(Caex.CAEX_FILE)) {
          r.skip();
        }
      }
    }
  }

  private void hierarchyContent(CaexReader r) throws AmlException, IOException {
    while (r.nextChild()) {
      if (r.is(Caex.INTERNAL_ELEMENT)) {
        element(r);
      } else {
        r.skip();
      }
    }
  }

  /** Reads an InternalElement; the reader is on its start. */
  private void element(CaexReader r) throws AmlException, IOException {
    Frame parent = frames.peek();
    CaexNode node = new CaexNode(r.attribute(Caex.NAME), r.attribute(Caex.ID), r.attribute(Caex.REF_BASE_SYSTEM_UNIT_PATH), r.position());
    node.path = (parent == null ? hierarchy : parent.node.path) + "/" + node.name; //$NON-NLS-1$
    boolean passOn = parent == null || parent.streaming != null;
    Kind start = passOn ? classifier.atStart(node) : null;
    Frame frame = new Frame(node, start == Kind.PLANT || start == Kind.LINE ? start : null);
    if (frame.streaming == null && ++kept > maxKept) {
      throw r.problem(NLS.bind(Messages.Import_tooLarge, maxKept));
    }
    frames.push(frame);
    while (r.nextChild()) {
      if (r.is(Caex.INTERNAL_ELEMENT)) {
        open(frame);
        element(r);
      } else if (r.is(Caex.ATTRIBUTE)) {
        node.attributes.add(r.readAttribute());
      } else if (r.is(Caex.EXTERNAL_INTERFACE)) {
        node.interfaces.add(r.readInterface());
      } else if (r.is(Caex.INTERNAL_LINK)) {
        CaexNode.Link link = new CaexNode.Link(r.attribute(Caex.NAME), r.attribute(Caex.REF_PARTNER_SIDE_A), r.attribute(Caex.REF_PARTNER_SIDE_B),
            r.position());
        r.skip();
        if (frame.streaming != null) {
          open(frame);
          handler.link(node, link);
        } else {
          node.links.add(link);
        }
      } else if (r.is(Caex.ROLE_REQUIREMENTS)) {
        node.roles.add(r.attribute(Caex.REF_BASE_ROLE_CLASS_PATH));
        r.skip();
      } else if (r.is(Caex.SUPPORTED_ROLE_CLASS)) {
        node.roles.add(r.attribute(Caex.REF_ROLE_CLASS_PATH));
        r.skip();
      } else if (r.is(Caex.DESCRIPTION)) {
        node.description = r.text();
      } else if (r.is(Caex.ADDITIONAL_INFORMATION)) {
        CaexNode.FileInfo info = r.readFileInfo();
        node.fileInfo = info != null ? info : node.fileInfo;
      } else {
        r.skip();
      }
    }
    frames.pop();
    if (frame.streaming != null) {
      open(frame);
      handler.close(node);
      return;
    }
    node.kind = classifier.classify(node);
    if (passOn) {
      kept -= size(node);
      handler.element(node);
    } else {
      parent.node.children.add(node);
    }
  }

  private void open(Frame frame) throws AmlException, IOException {
    if (frame.streaming != null && !frame.opened) {
      frame.opened = true;
      frame.node.kind = frame.streaming;
      handler.open(frame.node, frame.streaming);
    }
  }

  private static int size(CaexNode n) {
    int size = 1;
    for (CaexNode c : n.children) {
      size += size(c);
    }
    return size;
  }
}
