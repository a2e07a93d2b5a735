#!/usr/bin/env bash
# Package the one-folder bundle into a Debian package and list its contents.
#
#   installer/linux/build_deb.sh BUNDLE_DIR OUT_DIR [VERSION]
#
# BUNDLE_DIR is PyInstaller's dist/aksarc-planner; VERSION defaults to the
# package version (installer/version_info.py --deb). Layout of the package:
#   /opt/aksarc-planner/                 the bundle
#   /usr/bin/aksarc-planner              symlink to the bundle's executable
#   /usr/share/applications/             desktop entry (opens .aksplan files)
#   /usr/share/mime/packages/            the application/x-aksplan type
#   /usr/share/icons/hicolor/            app and document icons, every size
#   /usr/share/doc/aksarc-planner/       copyright
# No maintainer scripts: the desktop, MIME and icon caches are refreshed by
# the dpkg triggers of desktop-file-utils, shared-mime-info and hicolor-icon-theme.
#
# DEB_COMPRESS (xz by default) picks dpkg-deb's compressor; gzip is faster.
set -euo pipefail

usage() { echo "usage: $0 BUNDLE_DIR OUT_DIR [VERSION]" >&2; exit 2; }
[[ $# -ge 2 && $# -le 3 ]] || usage

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bundle="$1"
out="$2"
python="${PYTHON:-python3}"
version="${3:-$("$python" "$repo/installer/version_info.py" --deb)}"
name=aksarc-planner
exe="$bundle/$name"

[[ -d "$bundle" ]] || { echo "$0: $bundle is not a folder" >&2; exit 2; }
[[ -x "$exe" ]] || { echo "$0: $exe is missing or not executable: is this a Linux bundle?" >&2; exit 2; }
command -v dpkg-deb >/dev/null || { echo "$0: dpkg-deb not found (apt-get install dpkg)" >&2; exit 2; }

arch="$(dpkg --print-architecture)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/root"

install -d "$root/opt/$name" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/mime/packages" "$root/usr/share/doc/$name" "$root/DEBIAN"
cp -a "$bundle/." "$root/opt/$name/"
ln -s "/opt/$name/$name" "$root/usr/bin/$name"
install -m 0644 "$repo/resources/linux/$name.desktop" "$root/usr/share/applications/$name.desktop"
install -m 0644 "$repo/resources/linux/$name-mime.xml" "$root/usr/share/mime/packages/$name.xml"
install -m 0644 "$repo/resources/LICENSE.txt" "$root/usr/share/doc/$name/copyright"

# Icon names follow the theme spec: the app by its desktop Icon= name, the
# document by the MIME type with "/" replaced by "-".
icons="$repo/resources/icons"
hicolor="$root/usr/share/icons/hicolor"
for png in "$icons"/png/aksarc-planner-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 0644 "$png" "$hicolor/${size}x${size}/apps/$name.png"
  install -D -m 0644 "$icons/png/aksplan-document-$size.png" \
    "$hicolor/${size}x${size}/mimetypes/application-x-aksplan.png"
done
install -D -m 0644 "$icons/aksarc-planner.svg" "$hicolor/scalable/apps/$name.svg"
install -D -m 0644 "$icons/aksplan-document.svg" "$hicolor/scalable/mimetypes/application-x-aksplan.svg"

# Standard modes whatever the umask of the build: 0755 for folders and
# executables, 0644 for the rest.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -perm -u+x -exec chmod 0755 {} +
find "$root" -type f ! -perm -u+x -exec chmod 0644 {} +

installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
# Depends: the system libraries the bundle links to but does not carry
# (graphics drivers, X11 client libraries that PyInstaller never bundles).
cat > "$root/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: The AKS Arc Network Planner authors <noreply@invalid>
Installed-Size: $installed_kb
Depends: libc6 (>= 2.28), libgl1, libegl1, libxcb1, libxcb-icccm4, libxcb-keysyms1, libfontconfig1
Recommends: libwayland-client0, libwayland-cursor0, fonts-noto-cjk
Section: net
Priority: optional
Homepage: https://learn.microsoft.com/azure/aks/aksarc/aks-hci-network-system-requirements
Description: plan the IP addresses of AKS enabled by Azure Arc
 AKS Arc Network Planner plans the logical networks, node VM pools, control
 plane IPs and load balancer addresses that AKS enabled by Azure Arc needs on
 Azure Local / Azure Stack HCI 23H2, and checks them against Microsoft's
 network requirements.
EOF

mkdir -p "$out"
deb="$out/${name}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-xz}" --build "$root" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb"
