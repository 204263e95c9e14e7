#!/usr/bin/env bash
# Completes the products Tycho materialized, before they are archived:
#   1. the launcher jar (releng/org.linebench.launcher) beside the start scripts of every platform;
#   2. macOS: LineBench.app around the product (Tycho puts it in LineBench.app/Contents/Eclipse):
#      Contents/Info.plist and the program Contents/MacOS/LineBench;
#   3. Linux: a package with its own Java runtime, made with jlink from the build's JDK, so that a Linux
#      user needs no Java: products/linebench-VERSION-linux.gtk.x86_64-with-java.tar.gz.
#   finish-products.sh TARGET VERSION LAUNCHER_JAR JDK MODULES [skip-runtime]
set -euo pipefail
target=$1 version=$2 launcher=$3 jdk=$4 modules=$5 skip_runtime=${6:-false}
here=$(cd "$(dirname "$0")" && pwd)
products=$target/products/org.linebench.product
linux=$products/linux/gtk/x86_64/linebench
app=$products/macosx/cocoa/aarch64/LineBench.app

for root in "$linux" "$products/win32/win32/x86_64/linebench" "$app/Contents/Eclipse"; do
  [ -d "$root/plugins" ] || { echo "finish-products: no product in $root" >&2; exit 1; }
  cp "$launcher" "$root/linebench-launcher.jar"
done

mkdir -p "$app/Contents/MacOS"
sed "s/@VERSION@/${version%-SNAPSHOT}/" "$here/macos/Info.plist" > "$app/Contents/Info.plist"
install -m 755 "$here/macos/LineBench" "$app/Contents/MacOS/LineBench"
echo "finish-products: the launcher in every product; LineBench.app/Contents/{Info.plist,MacOS/LineBench}"

[ "$skip_runtime" = true ] && { echo "finish-products: no package with a Java runtime (linebench.skipRuntime)"; exit 0; }
# The modules LineBench needs (found with jdeps over the product's plugins, then by running it: see README,
# "What the build makes"); jdk.charsets for GBK/GB18030 data, jdk.localedata (en, zh) for Chinese formats.
staging=$target/with-java
rm -rf "$staging"
mkdir -p "$staging"
cp -a "$linux" "$staging/linebench"
t0=$(date +%s)
# Not --compress: the archive compresses the runtime better than jlink does (36 MB against 44 MB in the
# tar.gz; 111 MB against 79 MB unpacked), and classes load without unzipping.
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-man-pages --no-header-files \
  --generate-cds-archive --output "$staging/linebench/jre" >/dev/null
# the class data archive for heaps of 32 GB and more: LineBench's default heap is 2 GB
rm -f "$staging/linebench/jre/lib/server/classes_nocoops.jsa"
archive=$target/products/linebench-$version-linux.gtk.x86_64-with-java.tar.gz
tar -czf "$archive" -C "$staging" linebench
echo "finish-products: $(basename "$archive"): $(du -m "$archive" | cut -f1) MB" \
  "(runtime $(du -sm "$staging/linebench/jre" | cut -f1) MB unpacked, Java $("$staging/linebench/jre/bin/java" -version 2>&1 | head -n 1 | cut -d'"' -f2); $(( $(date +%s) - t0 )) s)"
