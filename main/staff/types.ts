/** Staff accounts as the admin screens see them. Node-free. */
export interface StaffAccount {
  id: number;
  username: string;
  fullName: string;
  role: 'kiosk' | 'officer' | 'admin';
  active: boolean;
  createdAt: string;
}

export interface LoginResult {
  token: string;
  role: StaffAccount['role'];
  username: string;
  fullName: string;
  expiresAt: string;
}
