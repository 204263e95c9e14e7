package org.linebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linebench.ui.internal.WorkbenchRunner;

/** The workspace when none is given: the launcher's choice for the OS (macOS: ~/Documents/LineBench), else ~/linebench-workspace. */
class DefaultWorkspaceTest {

  private static final String KEY = "linebench.defaultWorkspace";

  @AfterEach
  void clear() {
    System.clearProperty(KEY);
  }

  @Test
  void theLaunchersChoice() {
    System.setProperty(KEY, "/Users/张工/Documents/LineBench");
    assertEquals(Path.of("/Users/张工/Documents/LineBench"), WorkbenchRunner.defaultWorkspace());
  }

  @Test
  void inTheHomeFolderOtherwise() {
    System.clearProperty(KEY);
    assertEquals(Path.of(System.getProperty("user.home"), "linebench-workspace"), WorkbenchRunner.defaultWorkspace());
  }
}
