// Names for generated people: common Mexican given names and surnames, with
// their accents (and a few without, as people often register them), so that
// searches meet the spellings officers meet.
export const FIRST_NAMES = [
  "María", "José", "Juan", "Guadalupe", "Luis", "Jesús", "Miguel Ángel", "Francisco", "Ana", "Verónica",
  "Alejandro", "Martín", "Sofía", "Fernanda", "Andrés", "Ramón", "Rocío", "Inés", "Óscar", "Raúl",
  "Lucía", "Mónica", "Héctor", "Adrián", "Iván", "Julián", "Ximena", "Valeria", "Beatriz", "Efraín",
  "Jose", "Maria", "Carmen", "Rosa", "Patricia", "Elena", "Tomás", "Nicolás", "Sebastián", "Germán",
  "Gerardo", "Ricardo", "Ramiro", "Araceli", "Yolanda", "Leticia", "Noé", "Saúl", "Citlali", "Xóchitl",
] as const;

export const SURNAMES = [
  "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz",
  "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres", "Gutiérrez", "Ruiz",
  "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera",
  "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez", "Muñoz",
  "Núñez", "Ibáñez", "Peña", "Treviño", "Zúñiga", "Saldaña", "Montaño", "Ordóñez", "Beltrán", "Cortés",
  "Hernandez", "Garcia", "Lopez", "Rios", "Ríos", "Salazar", "Quintero", "Villaseñor", "Acuña", "Bañuelos",
  "Espinoza", "Cárdenas", "Luna", "Solís", "Barrera", "Cervantes", "Escobar", "Galván", "Ibarra", "Maldonado",
] as const;
