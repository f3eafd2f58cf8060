// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// VesselPartsMetaData contains all meta data concerning the VesselParts contract.
var VesselPartsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"mintBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "VesselParts",
	Bin: "0x608060405234801561000f575f5ffd5b5060408051808201909152601881527f646174613a6170706c69636174696f6e2f6a736f6e2c7b7d0000000000000000602082015261004d81610053565b506101c4565b600261005f8282610106565b5050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061008b57607f821691505b6020821081036100a957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610101578282111561010157805f5260205f20601f840160051c60208510156100da57505f5b90810190601f840160051c035f5b818110156100fd575f838201556001016100e8565b5050505b505050565b81516001600160401b0381111561011f5761011f610063565b6101338161012d8454610077565b846100af565b6020601f821160018114610165575f831561014e5750848201515b5f19600385901b1c1916600184901b1784556101bd565b5f84815260208120601f198516915b828110156101945787850151825560209485019460019092019101610174565b50848210156101b157868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6114b4806101d15f395ff3fe608060405234801561000f575f5ffd5b50600436106100e4575f3560e01c80634f558e7911610088578063d81d0a1511610063578063d81d0a15146101f4578063e985e9c514610207578063f242432a14610242578063f5298aca14610255575f5ffd5b80634f558e79146101a1578063a22cb465146101c2578063bd85b039146101d5575f5ffd5b8063156e29f6116100c3578063156e29f61461015157806318160ddd146101665780632eb2c2d61461016e5780634e1273f414610181575f5ffd5b8062fdd58e146100e857806301ffc9a71461010e5780630e89341c14610131575b5f5ffd5b6100fb6100f6366004610dcb565b610268565b6040519081526020015b60405180910390f35b61012161011c366004610e0b565b61028f565b6040519015158152602001610105565b61014461013f366004610e2d565b6102de565b6040516101059190610e72565b61016461015f366004610e84565b610370565b005b6004546100fb565b61016461017c366004610fef565b61038f565b61019461018f36600461109b565b6103ae565b6040516101059190611196565b6101216101af366004610e2d565b5f90815260036020526040902054151590565b6101646101d03660046111a8565b61047d565b6100fb6101e3366004610e2d565b5f9081526003602052604090205490565b610164610202366004611228565b61048c565b6101216102153660046112a6565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205460ff1690565b6101646102503660046112d7565b610506565b610164610263366004610e84565b61051c565b5f818152602081815260408083206001600160a01b03861684529091529020545b92915050565b5f6001600160e01b03198216636cdb3d1360e11b14806102bf57506001600160e01b031982166303a24d0760e21b145b8061028957506301ffc9a760e01b6001600160e01b0319831614610289565b6060600280546102ed9061132a565b80601f01602080910402602001604051908101604052809291908181526020018280546103199061132a565b80156103645780601f1061033b57610100808354040283529160200191610364565b820191905f5260205f20905b81548152906001019060200180831161034757829003601f168201915b50505050509050919050565b61038a83838360405180602001604052805f815250610527565b505050565b61039a335b8661058b565b6103a78585858585610603565b5050505050565b606081518351146103e45781518351604051635b05999160e01b8152600481019290925260248201526044015b60405180910390fd5b5f83516001600160401b038111156103fe576103fe610eb4565b604051908082528060200260200182016040528015610427578160200160208202803683370190505b5090505f5b84518110156104755760208082028601015161045090602080840287010151610268565b82828151811061046257610462611362565b602090810291909101015260010161042c565b509392505050565b610488338383610663565b5050565b6103a7858585808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250506040805160208089028281018201909352888252909350889250879182918501908490808284375f92018290525060408051602081019091529081529250610720915050565b61050f33610394565b6103a7858585858561075e565b61038a8383836107eb565b6001600160a01b03841661055057604051632bfa23e760e11b81525f60048201526024016103db565b604080516001808252602082018690528183019081526060820185905260808201909252906105835f878484878461084e565b505050505050565b816001600160a01b0316816001600160a01b0316141580156105d257506001600160a01b038082165f9081526001602090815260408083209386168352929052205460ff16155b156104885760405163711bec9160e11b81526001600160a01b038084166004830152821660248201526044016103db565b6001600160a01b03841661062c57604051632bfa23e760e11b81525f60048201526024016103db565b6001600160a01b03851661065457604051626a0d4560e21b81525f60048201526024016103db565b6103a78585858585600161084e565b6001600160a01b03831661068c57604051631f18c42760e11b81525f60048201526024016103db565b6001600160a01b0382166106b45760405162ced3e160e81b81525f60048201526024016103db565b6001600160a01b038381165f81815260016020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b03841661074957604051632bfa23e760e11b81525f60048201526024016103db565b6107585f85858585600161084e565b50505050565b6001600160a01b03841661078757604051632bfa23e760e11b81525f60048201526024016103db565b6001600160a01b0385166107af57604051626a0d4560e21b81525f60048201526024016103db565b604080516001808252602082018690528183019081526060820185905260808201909252906107e287878484875f61084e565b50505050505050565b6001600160a01b03831661081357604051626a0d4560e21b81525f60048201526024016103db565b604080516001808252602082018590528183019081526060820184905260a082019092525f608082018181529192916103a791879185908590835b61085a868686866108a6565b6001600160a01b03851615610583573381156108835761087e8188888888886108b2565b6107e2565b6020858101519085015161089b838a8a85858a6109d3565b505050505050505050565b61075884848484610aba565b6001600160a01b0384163b156105835760405163bc197c8160e01b81526001600160a01b0385169063bc197c81906108f69089908990889088908890600401611376565b6020604051808303815f875af1925050508015610930575060408051601f3d908101601f1916820190925261092d918101906113d3565b60015b610997573d80801561095d576040519150601f19603f3d011682016040523d82523d5f602084013e610962565b606091505b5080515f0361098f57604051632bfa23e760e11b81526001600160a01b03861660048201526024016103db565b805160208201fd5b6001600160e01b0319811663bc197c8160e01b146107e257604051632bfa23e760e11b81526001600160a01b03861660048201526024016103db565b6001600160a01b0384163b156105835760405163f23a6e6160e01b81526001600160a01b0385169063f23a6e6190610a1790899089908890889088906004016113ee565b6020604051808303815f875af1925050508015610a51575060408051601f3d908101601f19168201909252610a4e918101906113d3565b60015b610a7e573d80801561095d576040519150601f19603f3d011682016040523d82523d5f602084013e610962565b6001600160e01b0319811663f23a6e6160e01b146107e257604051632bfa23e760e11b81526001600160a01b03861660048201526024016103db565b610ac684848484610ba1565b6001600160a01b038416610b43575f805b8351811015610b2a5760208181028481018201519086018201515f908152600390925260408220805491928392610b0f908490611432565b90915550610b1f90508184611432565b925050600101610ad7565b508060045f828254610b3c9190611432565b9091555050505b6001600160a01b038316610758575f805b8351811015610b905760208181028481018201519086018201515f90815260039092526040909120805482900390559190910190600101610b54565b506004805491909103905550505050565b8051825114610bd05781518151604051635b05999160e01b8152600481019290925260248201526044016103db565b335f5b8351811015610cd2576020818102858101820151908501909101516001600160a01b03881615610c84575f828152602081815260408083206001600160a01b038c16845290915290205481811015610c5e576040516303dee4c560e01b81526001600160a01b038a1660048201526024810182905260448101839052606481018490526084016103db565b5f838152602081815260408083206001600160a01b038d16845290915290209082900390555b6001600160a01b03871615610cc8575f828152602081815260408083206001600160a01b038b16845290915281208054839290610cc2908490611432565b90915550505b5050600101610bd3565b508251600103610d525760208301515f906020840151909150856001600160a01b0316876001600160a01b0316846001600160a01b03167fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f628585604051610d43929190918252602082015260400190565b60405180910390a450506103a7565b836001600160a01b0316856001600160a01b0316826001600160a01b03167f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb8686604051610da1929190611451565b60405180910390a45050505050565b80356001600160a01b0381168114610dc6575f5ffd5b919050565b5f5f60408385031215610ddc575f5ffd5b610de583610db0565b946020939093013593505050565b6001600160e01b031981168114610e08575f5ffd5b50565b5f60208284031215610e1b575f5ffd5b8135610e2681610df3565b9392505050565b5f60208284031215610e3d575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e266020830184610e44565b5f5f5f60608486031215610e96575f5ffd5b610e9f84610db0565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610ef057610ef0610eb4565b604052919050565b5f6001600160401b03821115610f1057610f10610eb4565b5060051b60200190565b5f82601f830112610f29575f5ffd5b8135610f3c610f3782610ef8565b610ec8565b8082825260208201915060208360051b860101925085831115610f5d575f5ffd5b602085015b83811015610f7a578035835260209283019201610f62565b5095945050505050565b5f82601f830112610f93575f5ffd5b81356001600160401b03811115610fac57610fac610eb4565b610fbf601f8201601f1916602001610ec8565b818152846020838601011115610fd3575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f60a08688031215611003575f5ffd5b61100c86610db0565b945061101a60208701610db0565b935060408601356001600160401b03811115611034575f5ffd5b61104088828901610f1a565b93505060608601356001600160401b0381111561105b575f5ffd5b61106788828901610f1a565b92505060808601356001600160401b03811115611082575f5ffd5b61108e88828901610f84565b9150509295509295909350565b5f5f604083850312156110ac575f5ffd5b82356001600160401b038111156110c1575f5ffd5b8301601f810185136110d1575f5ffd5b80356110df610f3782610ef8565b8082825260208201915060208360051b850101925087831115611100575f5ffd5b6020840193505b828410156111295761111884610db0565b825260209384019390910190611107565b945050505060208301356001600160401b03811115611146575f5ffd5b61115285828601610f1a565b9150509250929050565b5f8151808452602084019350602083015f5b8281101561118c57815186526020958601959091019060010161116e565b5093949350505050565b602081525f610e26602083018461115c565b5f5f604083850312156111b9575f5ffd5b6111c283610db0565b9150602083013580151581146111d6575f5ffd5b809150509250929050565b5f5f83601f8401126111f1575f5ffd5b5081356001600160401b03811115611207575f5ffd5b6020830191508360208260051b8501011115611221575f5ffd5b9250929050565b5f5f5f5f5f6060868803121561123c575f5ffd5b61124586610db0565b945060208601356001600160401b0381111561125f575f5ffd5b61126b888289016111e1565b90955093505060408601356001600160401b03811115611289575f5ffd5b611295888289016111e1565b969995985093965092949392505050565b5f5f604083850312156112b7575f5ffd5b6112c083610db0565b91506112ce60208401610db0565b90509250929050565b5f5f5f5f5f60a086880312156112eb575f5ffd5b6112f486610db0565b945061130260208701610db0565b9350604086013592506060860135915060808601356001600160401b03811115611082575f5ffd5b600181811c9082168061133e57607f821691505b60208210810361135c57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b6001600160a01b0386811682528516602082015260a0604082018190525f906113a19083018661115c565b82810360608401526113b3818661115c565b905082810360808401526113c78185610e44565b98975050505050505050565b5f602082840312156113e3575f5ffd5b8151610e2681610df3565b6001600160a01b03868116825285166020820152604081018490526060810183905260a0608082018190525f9061142790830184610e44565b979650505050505050565b8082018082111561028957634e487b7160e01b5f52601160045260245ffd5b604081525f611463604083018561115c565b8281036020840152611475818561115c565b9594505050505056fea26469706673582212201201e969830e72407202548e8c3566f2f375604d8b2b6eee5621af3f212a1f1f64736f6c63430008250033",
}

// VesselParts is an auto generated Go binding around an Ethereum contract.
type VesselParts struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VesselParts) GetABI() abi.ABI {
	return c.abi
}

// NewVesselParts creates a new instance of VesselParts.
func NewVesselParts() *VesselParts {
	parsed, err := VesselPartsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VesselParts{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VesselParts) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (vesselParts *VesselParts) PackBalanceOf(account common.Address, id *big.Int) []byte {
	enc, err := vesselParts.abi.Pack("balanceOf", account, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (vesselParts *VesselParts) TryPackBalanceOf(account common.Address, id *big.Int) ([]byte, error) {
	return vesselParts.abi.Pack("balanceOf", account, id)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (vesselParts *VesselParts) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := vesselParts.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (vesselParts *VesselParts) PackBalanceOfBatch(accounts []common.Address, ids []*big.Int) []byte {
	enc, err := vesselParts.abi.Pack("balanceOfBatch", accounts, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (vesselParts *VesselParts) TryPackBalanceOfBatch(accounts []common.Address, ids []*big.Int) ([]byte, error) {
	return vesselParts.abi.Pack("balanceOfBatch", accounts, ids)
}

// UnpackBalanceOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1273f4.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (vesselParts *VesselParts) UnpackBalanceOfBatch(data []byte) ([]*big.Int, error) {
	out, err := vesselParts.abi.Unpack("balanceOfBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5298aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 id, uint256 amount) returns()
func (vesselParts *VesselParts) PackBurn(from common.Address, id *big.Int, amount *big.Int) []byte {
	enc, err := vesselParts.abi.Pack("burn", from, id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5298aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 id, uint256 amount) returns()
func (vesselParts *VesselParts) TryPackBurn(from common.Address, id *big.Int, amount *big.Int) ([]byte, error) {
	return vesselParts.abi.Pack("burn", from, id, amount)
}

// PackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exists(uint256 id) view returns(bool)
func (vesselParts *VesselParts) PackExists(id *big.Int) []byte {
	enc, err := vesselParts.abi.Pack("exists", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exists(uint256 id) view returns(bool)
func (vesselParts *VesselParts) TryPackExists(id *big.Int) ([]byte, error) {
	return vesselParts.abi.Pack("exists", id)
}

// UnpackExists is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f558e79.
//
// Solidity: function exists(uint256 id) view returns(bool)
func (vesselParts *VesselParts) UnpackExists(data []byte) (bool, error) {
	out, err := vesselParts.abi.Unpack("exists", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (vesselParts *VesselParts) PackIsApprovedForAll(account common.Address, operator common.Address) []byte {
	enc, err := vesselParts.abi.Pack("isApprovedForAll", account, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (vesselParts *VesselParts) TryPackIsApprovedForAll(account common.Address, operator common.Address) ([]byte, error) {
	return vesselParts.abi.Pack("isApprovedForAll", account, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (vesselParts *VesselParts) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := vesselParts.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156e29f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 id, uint256 amount) returns()
func (vesselParts *VesselParts) PackMint(to common.Address, id *big.Int, amount *big.Int) []byte {
	enc, err := vesselParts.abi.Pack("mint", to, id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156e29f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 id, uint256 amount) returns()
func (vesselParts *VesselParts) TryPackMint(to common.Address, id *big.Int, amount *big.Int) ([]byte, error) {
	return vesselParts.abi.Pack("mint", to, id, amount)
}

// PackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd81d0a15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintBatch(address to, uint256[] ids, uint256[] amounts) returns()
func (vesselParts *VesselParts) PackMintBatch(to common.Address, ids []*big.Int, amounts []*big.Int) []byte {
	enc, err := vesselParts.abi.Pack("mintBatch", to, ids, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd81d0a15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintBatch(address to, uint256[] ids, uint256[] amounts) returns()
func (vesselParts *VesselParts) TryPackMintBatch(to common.Address, ids []*big.Int, amounts []*big.Int) ([]byte, error) {
	return vesselParts.abi.Pack("mintBatch", to, ids, amounts)
}

// PackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (vesselParts *VesselParts) PackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := vesselParts.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (vesselParts *VesselParts) TryPackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return vesselParts.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (vesselParts *VesselParts) PackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := vesselParts.abi.Pack("safeTransferFrom", from, to, id, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (vesselParts *VesselParts) TryPackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return vesselParts.abi.Pack("safeTransferFrom", from, to, id, value, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (vesselParts *VesselParts) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := vesselParts.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (vesselParts *VesselParts) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return vesselParts.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vesselParts *VesselParts) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := vesselParts.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vesselParts *VesselParts) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return vesselParts.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vesselParts *VesselParts) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := vesselParts.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (vesselParts *VesselParts) PackTotalSupply() []byte {
	enc, err := vesselParts.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (vesselParts *VesselParts) TryPackTotalSupply() ([]byte, error) {
	return vesselParts.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (vesselParts *VesselParts) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := vesselParts.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd85b039.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply(uint256 id) view returns(uint256)
func (vesselParts *VesselParts) PackTotalSupply0(id *big.Int) []byte {
	enc, err := vesselParts.abi.Pack("totalSupply0", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd85b039.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply(uint256 id) view returns(uint256)
func (vesselParts *VesselParts) TryPackTotalSupply0(id *big.Int) ([]byte, error) {
	return vesselParts.abi.Pack("totalSupply0", id)
}

// UnpackTotalSupply0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd85b039.
//
// Solidity: function totalSupply(uint256 id) view returns(uint256)
func (vesselParts *VesselParts) UnpackTotalSupply0(data []byte) (*big.Int, error) {
	out, err := vesselParts.abi.Unpack("totalSupply0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 ) view returns(string)
func (vesselParts *VesselParts) PackUri(arg0 *big.Int) []byte {
	enc, err := vesselParts.abi.Pack("uri", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uri(uint256 ) view returns(string)
func (vesselParts *VesselParts) TryPackUri(arg0 *big.Int) ([]byte, error) {
	return vesselParts.abi.Pack("uri", arg0)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 ) view returns(string)
func (vesselParts *VesselParts) UnpackUri(data []byte) (string, error) {
	out, err := vesselParts.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// VesselPartsApprovalForAll represents a ApprovalForAll event raised by the VesselParts contract.
type VesselPartsApprovalForAll struct {
	Account  common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const VesselPartsApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (VesselPartsApprovalForAll) ContractEventName() string {
	return VesselPartsApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed account, address indexed operator, bool approved)
func (vesselParts *VesselParts) UnpackApprovalForAllEvent(log *types.Log) (*VesselPartsApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselParts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselPartsApprovalForAll)
	if len(log.Data) > 0 {
		if err := vesselParts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselParts.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselPartsTransferBatch represents a TransferBatch event raised by the VesselParts contract.
type VesselPartsTransferBatch struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Ids      []*big.Int
	Values   []*big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const VesselPartsTransferBatchEventName = "TransferBatch"

// ContractEventName returns the user-defined event name.
func (VesselPartsTransferBatch) ContractEventName() string {
	return VesselPartsTransferBatchEventName
}

// UnpackTransferBatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)
func (vesselParts *VesselParts) UnpackTransferBatchEvent(log *types.Log) (*VesselPartsTransferBatch, error) {
	event := "TransferBatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselParts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselPartsTransferBatch)
	if len(log.Data) > 0 {
		if err := vesselParts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselParts.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselPartsTransferSingle represents a TransferSingle event raised by the VesselParts contract.
type VesselPartsTransferSingle struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Id       *big.Int
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const VesselPartsTransferSingleEventName = "TransferSingle"

// ContractEventName returns the user-defined event name.
func (VesselPartsTransferSingle) ContractEventName() string {
	return VesselPartsTransferSingleEventName
}

// UnpackTransferSingleEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)
func (vesselParts *VesselParts) UnpackTransferSingleEvent(log *types.Log) (*VesselPartsTransferSingle, error) {
	event := "TransferSingle"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselParts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselPartsTransferSingle)
	if len(log.Data) > 0 {
		if err := vesselParts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselParts.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselPartsURI represents a URI event raised by the VesselParts contract.
type VesselPartsURI struct {
	Value string
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const VesselPartsURIEventName = "URI"

// ContractEventName returns the user-defined event name.
func (VesselPartsURI) ContractEventName() string {
	return VesselPartsURIEventName
}

// UnpackURIEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URI(string value, uint256 indexed id)
func (vesselParts *VesselParts) UnpackURIEvent(log *types.Log) (*VesselPartsURI, error) {
	event := "URI"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselParts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselPartsURI)
	if len(log.Data) > 0 {
		if err := vesselParts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselParts.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (vesselParts *VesselParts) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vesselParts.abi.Errors["ERC1155InsufficientBalance"].ID.Bytes()[:4]) {
		return vesselParts.UnpackERC1155InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselParts.abi.Errors["ERC1155InvalidApprover"].ID.Bytes()[:4]) {
		return vesselParts.UnpackERC1155InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselParts.abi.Errors["ERC1155InvalidArrayLength"].ID.Bytes()[:4]) {
		return vesselParts.UnpackERC1155InvalidArrayLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselParts.abi.Errors["ERC1155InvalidOperator"].ID.Bytes()[:4]) {
		return vesselParts.UnpackERC1155InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselParts.abi.Errors["ERC1155InvalidReceiver"].ID.Bytes()[:4]) {
		return vesselParts.UnpackERC1155InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselParts.abi.Errors["ERC1155InvalidSender"].ID.Bytes()[:4]) {
		return vesselParts.UnpackERC1155InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselParts.abi.Errors["ERC1155MissingApprovalForAll"].ID.Bytes()[:4]) {
		return vesselParts.UnpackERC1155MissingApprovalForAllError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VesselPartsERC1155InsufficientBalance represents a ERC1155InsufficientBalance error raised by the VesselParts contract.
type VesselPartsERC1155InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func VesselPartsERC1155InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x03dee4c573c982787b5f3537d6323ffaca9d864448aa6bd828ada9e5d0837036")
}

// UnpackERC1155InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func (vesselParts *VesselParts) UnpackERC1155InsufficientBalanceError(raw []byte) (*VesselPartsERC1155InsufficientBalance, error) {
	out := new(VesselPartsERC1155InsufficientBalance)
	if err := vesselParts.abi.UnpackIntoInterface(out, "ERC1155InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselPartsERC1155InvalidApprover represents a ERC1155InvalidApprover error raised by the VesselParts contract.
type VesselPartsERC1155InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func VesselPartsERC1155InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0x3e31884e33c33ce0039d1905e3c252950ae3b95240f36d4fff81f5ff6752ef99")
}

// UnpackERC1155InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func (vesselParts *VesselParts) UnpackERC1155InvalidApproverError(raw []byte) (*VesselPartsERC1155InvalidApprover, error) {
	out := new(VesselPartsERC1155InvalidApprover)
	if err := vesselParts.abi.UnpackIntoInterface(out, "ERC1155InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselPartsERC1155InvalidArrayLength represents a ERC1155InvalidArrayLength error raised by the VesselParts contract.
type VesselPartsERC1155InvalidArrayLength struct {
	IdsLength    *big.Int
	ValuesLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func VesselPartsERC1155InvalidArrayLengthErrorID() common.Hash {
	return common.HexToHash("0x5b0599913619cfa5633692652638ed25cafcd079c9beae8c251b12c23dcc83f2")
}

// UnpackERC1155InvalidArrayLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func (vesselParts *VesselParts) UnpackERC1155InvalidArrayLengthError(raw []byte) (*VesselPartsERC1155InvalidArrayLength, error) {
	out := new(VesselPartsERC1155InvalidArrayLength)
	if err := vesselParts.abi.UnpackIntoInterface(out, "ERC1155InvalidArrayLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselPartsERC1155InvalidOperator represents a ERC1155InvalidOperator error raised by the VesselParts contract.
type VesselPartsERC1155InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func VesselPartsERC1155InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0xced3e10010b9d2aa24827119d0db4a8feec73aea48b4b3e470d8a9f3ff723569")
}

// UnpackERC1155InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func (vesselParts *VesselParts) UnpackERC1155InvalidOperatorError(raw []byte) (*VesselPartsERC1155InvalidOperator, error) {
	out := new(VesselPartsERC1155InvalidOperator)
	if err := vesselParts.abi.UnpackIntoInterface(out, "ERC1155InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselPartsERC1155InvalidReceiver represents a ERC1155InvalidReceiver error raised by the VesselParts contract.
type VesselPartsERC1155InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func VesselPartsERC1155InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x57f447ceed621d9e134e26de5772c88799abb7322ce2a87f95dce247d47105c6")
}

// UnpackERC1155InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func (vesselParts *VesselParts) UnpackERC1155InvalidReceiverError(raw []byte) (*VesselPartsERC1155InvalidReceiver, error) {
	out := new(VesselPartsERC1155InvalidReceiver)
	if err := vesselParts.abi.UnpackIntoInterface(out, "ERC1155InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselPartsERC1155InvalidSender represents a ERC1155InvalidSender error raised by the VesselParts contract.
type VesselPartsERC1155InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidSender(address sender)
func VesselPartsERC1155InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x01a83514e94b34009110b75cac6742ba33bd7c62f18a3616bafea52855d3b175")
}

// UnpackERC1155InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidSender(address sender)
func (vesselParts *VesselParts) UnpackERC1155InvalidSenderError(raw []byte) (*VesselPartsERC1155InvalidSender, error) {
	out := new(VesselPartsERC1155InvalidSender)
	if err := vesselParts.abi.UnpackIntoInterface(out, "ERC1155InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselPartsERC1155MissingApprovalForAll represents a ERC1155MissingApprovalForAll error raised by the VesselParts contract.
type VesselPartsERC1155MissingApprovalForAll struct {
	Operator common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func VesselPartsERC1155MissingApprovalForAllErrorID() common.Hash {
	return common.HexToHash("0xe237d922be9fac42efeaaaffb42cc6b57e0ff95d94a1b74daeff69adc7657754")
}

// UnpackERC1155MissingApprovalForAllError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func (vesselParts *VesselParts) UnpackERC1155MissingApprovalForAllError(raw []byte) (*VesselPartsERC1155MissingApprovalForAll, error) {
	out := new(VesselPartsERC1155MissingApprovalForAll)
	if err := vesselParts.abi.UnpackIntoInterface(out, "ERC1155MissingApprovalForAll", raw); err != nil {
		return nil, err
	}
	return out, nil
}
