/**
 * Strings of the desktop app's first-run screen, password and admin exit (i18n key `setup`).
 * Vietnamese first, English second.
 */
export const setupVi = {
  title: 'Cài đặt lần đầu',
  intro: 'Chọn vai trò của máy này trong bộ phận Một cửa. Chỉ cần làm một lần.',
  mode: 'Vai trò của máy',
  modes: {
    single: 'Một máy (dữ liệu, kiosk và cán bộ trên cùng máy này)',
    kiosk: 'Kiosk tiếp đón công dân',
    workstation: 'Máy trạm cán bộ tiếp nhận',
    display: 'Màn hình sảnh chờ',
  },
  hubUrl: 'Địa chỉ máy chủ',
  hubUrlHint: 'Ví dụ http://192.168.1.10:4370 (máy đang chạy "npm run hub")',
  pairingCode: 'Mã ghép nối',
  pairingCodeHint: 'Quản trị viên tạo mã ở màn hình Quản trị → Thiết bị',
  printer: 'Máy in phiếu của máy này',
  printerHint: 'Ví dụ tcp://192.168.1.50:9100, /dev/usb/lp0, COM3, printer:TÊN hoặc preview',
  osPrinters: 'Máy in của hệ điều hành',
  noPrinter: '(dùng máy in của máy chủ)',
  adminExitPin: 'Mã PIN thoát (quản trị)',
  adminExitPinHint: '4–8 chữ số. Nhấn Ctrl+Alt+Shift+E trên kiosk để thoát khi bảo trì',
  save: 'Lưu và khởi động',
  saving: 'Đang ghép nối…',
  problemTitle: 'Không dùng được tệp cài đặt hiện có',
  problemKeep: 'Tệp cũ sẽ được giữ lại bên cạnh, không bị xóa.',
  startOver: 'Cài đặt lại từ đầu',
  keptAs: 'Đã giữ tệp cũ tại: {{file}}',
  passwordTitle: 'Mật khẩu quản trị',
  passwordIntro:
    'Tài khoản "admin" đã được tạo. Mật khẩu chỉ hiện một lần: hãy ghi lại hoặc in ra, rồi đổi sau khi đăng nhập.',
  passwordGone:
    'Mật khẩu đã được hiển thị trước đó. Dùng "npm run admin:reset" trên máy này nếu quên.',
  print: 'In mật khẩu',
  continue: 'Tôi đã ghi lại, tiếp tục',
  exitTitle: 'Thoát chế độ kiosk',
  exitPin: 'Mã PIN thoát',
  exit: 'Thoát ứng dụng',
  exitWrong: 'Mã PIN không đúng.',
  notDesktop: 'Màn hình này chỉ dùng trong ứng dụng máy tính Một cửa.',
};

export type SetupMessages = typeof setupVi;

export const setupEn: SetupMessages = {
  title: 'First-time setup',
  intro: "Choose this machine's role in the one-stop office. Done once.",
  mode: "This machine's role",
  modes: {
    single: 'Single machine (data, kiosk and officer on this machine)',
    kiosk: 'Citizen kiosk',
    workstation: 'Officer workstation',
    display: 'Waiting hall display',
  },
  hubUrl: 'Hub address',
  hubUrlHint: 'e.g. http://192.168.1.10:4370 (the machine running "npm run hub")',
  pairingCode: 'Pairing code',
  pairingCodeHint: 'The admin creates it under Admin → Devices',
  printer: "This machine's slip printer",
  printerHint: 'e.g. tcp://192.168.1.50:9100, /dev/usb/lp0, COM3, printer:NAME or preview',
  osPrinters: 'Operating system printers',
  noPrinter: "(use the hub's printer)",
  adminExitPin: 'Exit PIN (admin)',
  adminExitPinHint: '4–8 digits. Press Ctrl+Alt+Shift+E on the kiosk to leave for maintenance',
  save: 'Save and start',
  saving: 'Pairing…',
  problemTitle: 'The existing settings file cannot be used',
  problemKeep: 'The old file is kept beside it, never deleted.',
  startOver: 'Start over',
  keptAs: 'Old file kept at: {{file}}',
  passwordTitle: 'Admin password',
  passwordIntro:
    'The "admin" account was created. The password is shown once: write it down or print it, then change it after signing in.',
  passwordGone:
    'The password was already shown. Use "npm run admin:reset" on this machine if lost.',
  print: 'Print the password',
  continue: 'I have written it down, continue',
  exitTitle: 'Leave kiosk mode',
  exitPin: 'Exit PIN',
  exit: 'Quit the app',
  exitWrong: 'Wrong PIN.',
  notDesktop: 'This screen is only used inside the Một cửa desktop app.',
};
