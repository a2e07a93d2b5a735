"""Build the packaging artifacts: icons, the one-folder bundle, the MSI, the .deb.

    python installer/build.py bundle        # PyInstaller -> dist/aksarc-planner/
    python installer/build.py msi           # harvest + wixl (Linux) or candle/light (Windows)
    python installer/build.py deb           # Linux only: dist/aksarc-planner_<version>_<arch>.deb
    python installer/build.py nsis          # per-user installer with makensis (Windows bundle)
    python installer/build.py all           # bundle, then msi, and deb on Linux
    python installer/build.py icons         # re-render resources/icons (after an SVG edit)

Options: --dist DIR (default dist/), --work DIR (default build/). See
installer/README.md for what each artifact is and how to build on Windows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(HERE), str(HERE / "windows")]

import harvest  # noqa: E402
import make_icons  # noqa: E402
import version_info  # noqa: E402

APP = version_info.EXE_STEM
SPEC = HERE / "aksarc-planner.spec"
WXS = HERE / "windows" / "aksarc-planner.wxs"
NSI = HERE / "windows" / "aksarc-planner.nsi"
ICON_DIR = REPO / "resources" / "icons"
IS_WINDOWS = sys.platform == "win32"


class BuildError(Exception):
    """A build step could not run; the message says what to install or fix."""


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run([str(c) for c in cmd], **kwargs)
    if result.returncode != 0:
        raise BuildError(f"{Path(str(cmd[0])).name} failed with exit code {result.returncode}")
    return result


def exe_name(bundle: Path) -> str:
    """The bundle's executable: a Windows bundle has .exe, a Linux one none."""
    for name in (f"{APP}.exe", APP):
        if (bundle / name).is_file():
            return name
    raise BuildError(f"{bundle} has no {APP} executable: build the bundle first")


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; return the one-folder bundle."""
    started = time.monotonic()
    _run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
          "--distpath", dist, "--workpath", work, SPEC])
    bundle = dist / APP
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {bundle} {size / 2**20:.1f} MiB, built in {time.monotonic() - started:.1f} s")
    return bundle


def harvest_bundle(bundle: Path, fragment: Path) -> int:
    """Write the WiX fragment for every bundle file but the executable; return the file count."""
    files, _links = harvest.collect_files(bundle, {exe_name(bundle)})
    fragment.parent.mkdir(parents=True, exist_ok=True)
    fragment.write_text(
        harvest.fragment(files, directory_ref="INSTALLDIR", group="BundleFiles", source_var="BundleDir"),
        encoding="utf-8",
    )
    return len(files)


def msi_defines(bundle: Path, version: str, base: Path | None) -> dict[str, str]:
    """Preprocessor variables of aksarc-planner.wxs.

    wixl resolves File/@Source only relative to its working folder (an
    absolute path fails), so for wixl the paths are made relative to ``base``,
    the folder it runs in; candle gets absolute paths (``base`` None).
    """
    def where(path: Path) -> str:
        return str(path.resolve()) if base is None else Path(os.path.relpath(path, base)).as_posix()

    return {
        "ProductVersion": version,
        "BundleDir": where(bundle),
        "IconDir": where(ICON_DIR),
        "ExeName": exe_name(bundle),
    }


def build_msi(bundle: Path, out_dir: Path, work: Path, version: str | None = None) -> Path:
    """Compile the MSI: wixl on Linux, WiX 3 candle/light on Windows.

    ``version`` overrides the package version, to test a major upgrade with a
    second MSI built from the same bundle.
    """
    fragment = work / "bundle-files.wxs"
    count = harvest_bundle(bundle, fragment)
    version = version_info.msi_version(version or version_info.app_version())
    out_dir.mkdir(parents=True, exist_ok=True)
    if IS_WINDOWS:
        msi = out_dir / f"{APP}-{version}-x64.msi"
        wix_bin = Path(os.environ["WIX"]) / "bin" if "WIX" in os.environ else None
        candle = shutil.which("candle") or (wix_bin and wix_bin / "candle.exe")
        light = shutil.which("light") or (wix_bin and wix_bin / "light.exe")
        if not candle or not Path(candle).exists():
            raise BuildError("WiX 3 candle.exe not found: install WiX Toolset 3.14 (choco install wixtoolset)")
        defines = msi_defines(bundle, version, None)
        objects = work / "wixobj"
        objects.mkdir(parents=True, exist_ok=True)
        _run([candle, "-nologo", "-arch", "x64", *(f"-d{k}={v}" for k, v in defines.items()),
              "-out", f"{objects}{os.sep}", WXS, fragment])
        _run([light, "-nologo", "-out", msi, objects / f"{WXS.stem}.wixobj",
              objects / f"{fragment.stem}.wixobj"])
    else:
        # A Linux bundle inside a Windows installer cannot run on Windows: this
        # MSI only proves that the source compiles against a real bundle.
        msi = out_dir / f"{APP}-{version}-linux-bundle.msi"
        wixl = shutil.which("wixl")
        if not wixl:
            raise BuildError("wixl not found: apt-get install wixl")
        defines = msi_defines(bundle, version, REPO)
        _run([wixl, "-a", "x64", *(a for k, v in defines.items() for a in ("-D", f"{k}={v}")),
              "-o", msi, WXS, fragment], cwd=REPO)
    print(f"msi: {msi} ({count + 2} files, {msi.stat().st_size / 2**20:.1f} MiB)")
    return msi


def build_deb(bundle: Path, out_dir: Path) -> Path:
    """Package the Linux bundle with installer/linux/build_deb.sh."""
    if IS_WINDOWS:
        raise BuildError("the .deb is built on Linux")
    env = {**os.environ, "PYTHON": sys.executable}
    _run(["bash", HERE / "linux" / "build_deb.sh", bundle, out_dir], env=env)
    return next(out_dir.glob(f"{APP}_*.deb"))


def build_nsis(bundle: Path, out_dir: Path) -> Path:
    """Per-user installer with NSIS (makensis runs on Linux and Windows)."""
    makensis = shutil.which("makensis")
    if not makensis:
        raise BuildError("makensis not found: install NSIS")
    version = version_info.app_version()
    out_dir.mkdir(parents=True, exist_ok=True)
    setup = out_dir / f"{APP}-{version}-user-setup.exe"
    _run([makensis, "-V2", f"-DVERSION={version}",
          f"-DVERSION4={'.'.join(map(str, (*version_info.release_numbers(version), 0)))}",
          f"-DBUNDLE_DIR={bundle.resolve()}", f"-DEXE_NAME={exe_name(bundle)}",
          f"-DICON_DIR={ICON_DIR}", f"-DOUT_FILE={setup.resolve()}", NSI])
    print(f"nsis: {setup} ({setup.stat().st_size / 2**20:.1f} MiB)")
    return setup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=["icons", "bundle", "msi", "deb", "nsis", "all"])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=REPO / "build", help="scratch folder")
    parser.add_argument("--msi-version", metavar="X.Y.Z",
                        help="MSI ProductVersion other than the package's (to test upgrades)")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    bundle = dist / APP
    try:
        if args.target == "icons":
            for path in make_icons.generate(ICON_DIR, ICON_DIR):
                print(path.relative_to(REPO))
            return 0
        if args.target in ("bundle", "all"):
            bundle = build_bundle(dist, work)
        if args.target in ("msi", "all"):
            build_msi(bundle, dist, work, args.msi_version)
        if args.target == "deb" or (args.target == "all" and not IS_WINDOWS):
            build_deb(bundle, dist)
        if args.target == "nsis":
            build_nsis(bundle, dist)
    except (BuildError, ValueError) as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
