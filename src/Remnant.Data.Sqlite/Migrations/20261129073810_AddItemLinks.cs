using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Remnant.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddItemLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ItemLinks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SecondItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemLinks_Items_FirstItemId",
                        column: x => x.FirstItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ItemLinks_Items_SecondItemId",
                        column: x => x.SecondItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ItemLinks_Active_Decision",
                table: "ItemLinks",
                columns: new[] { "Active", "Decision" });

            migrationBuilder.CreateIndex(
                name: "IX_ItemLinks_FirstItemId_SecondItemId_Kind",
                table: "ItemLinks",
                columns: new[] { "FirstItemId", "SecondItemId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemLinks_SecondItemId",
                table: "ItemLinks",
                column: "SecondItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemLinks");
        }
    }
}
